// SPDX-License-Identifier: GPL-3.0-or-later
#include "GenerateCommand.h"

#include "demo/SchoolGenerator.h"
#include "util/Clock.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMaxLeerlingen = 1'000'000;

} // namespace

QString GenerateCommand::summary() const
{
    return tr("genereer --leerlingen N --sector po|vo|mbo [--seed S] --uit DIR: writes a "
              "realistic school with a year of attendance up to today");
}

int GenerateCommand::run(CliContext& context)
{
    const QCommandLineParser& p = context.parser;
    bool countOk = false;
    const int leerlingen = p.value(u"leerlingen"_s).toInt(&countOk);
    if (!countOk || leerlingen < 1 || leerlingen > kMaxLeerlingen) {
        context.err << tr("--leerlingen must be a number from 1 to %1.").arg(kMaxLeerlingen)
                    << '\n';
        return InvalidInput;
    }
    const auto sector = Sectors::fromKey(p.value(u"sector"_s));
    if (!sector) {
        context.err << tr("--sector must be po, vo or mbo.") << '\n';
        return InvalidInput;
    }
    bool seedOk = true;
    const quint32 seed = p.isSet(u"seed"_s) ? p.value(u"seed"_s).toUInt(&seedOk) : 1;
    if (!seedOk) {
        context.err << tr("--seed must be a whole number of at least 0.") << '\n';
        return InvalidInput;
    }
    const QString directory = p.value(u"uit"_s);
    if (directory.isEmpty()) {
        context.err << tr("Name the folder to write with --uit DIR.") << '\n';
        return InvalidInput;
    }

    const GeneratorSettings settings{leerlingen, *sector, seed, context.clock.today()};
    const auto generated = SchoolGenerator(settings).writeTo(directory);
    if (!generated) {
        context.err << generated.error() << '\n';
        return Failure;
    }
    context.out << tr("Written to %1: %2 leerlingen, %3 contacts, %4 absence records.")
                       .arg(QDir::toNativeSeparators(directory))
                       .arg(generated->leerlingen)
                       .arg(generated->contacten)
                       .arg(generated->absenties)
                << '\n';
    return Success;
}
