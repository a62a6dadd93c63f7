// SPDX-License-Identifier: GPL-3.0-or-later
// The one source of each layer's check library (see CMakeLists.txt): the layer itself comes in
// whole, so that the linker must resolve every symbol it uses.
