// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Session.h"
#include "io/ImportBatch.h"
#include "services/ImportService.h"

#include <QWizard>

// Importing the school's exports step by step: pick the files, map the columns of exports that
// do not follow our format (presets per administration package, remembered per school), preview
// every problem per line before anything is stored, then import with progress and Cancel, and
// a summary of what changed.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilesPageId,
        MappingPageId,
        PreviewPageId,
        RunPageId
    };

    ImportWizard(const Session& session, QWidget* parent = nullptr);

    ImportFiles& files() { return m_files; }
    const Session& session() const { return m_session; }
    // The school the chosen columns are remembered for: its instellingscode, empty before the
    // school is imported.
    QString schoolCode() const;

Q_SIGNALS:
    // The import was stored; these leerlingen' signals may have changed.
    void imported(const QSet<QString>& pgns);

private:
    Session m_session;
    ImportFiles m_files;
};
