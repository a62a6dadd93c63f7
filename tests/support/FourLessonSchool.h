// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/School.h"

// The vo school of the time-range tests: four lessons a day, 1 08:30–09:20, 2 09:20–10:10, a
// break, 3 10:30–11:20, 4 11:20–12:10 (200 minutes).
inline School fourLessonSchool()
{
    School s;
    s.sector = Sector::Vo;
    s.lestijden.setStandard({{1, QTime(8, 30), QTime(9, 20)},
                             {2, QTime(9, 20), QTime(10, 10)},
                             {3, QTime(10, 30), QTime(11, 20)},
                             {4, QTime(11, 20), QTime(12, 10)}});
    return s;
}
