// SPDX-License-Identifier: GPL-3.0-or-later
// Long database work off the GUI thread: its own connection, progress, Stop.
#include "BackgroundJob.h"
#include "TestDatabase.h"
#include "storage/LeerlingRepository.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

class TestBackgroundJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runs_data();
    void runs();
};

void TestBackgroundJob::runs_data()
{
    QTest::addColumn<bool>("stopAtOnce");
    QTest::addColumn<int>("expectedSteps");
    QTest::newRow("runs_to_the_end") << false << 5;
    QTest::newRow("stop_is_heard_between_steps") << true << 1;
}

void TestBackgroundJob::runs()
{
    QFETCH(bool, stopAtOnce);
    QFETCH(int, expectedSteps);
    TestDatabase db;
    QCOMPARE(db.importExample(u"p01_po_16uur_en_herhaling"_s).status,
             ImportOutcome::Status::Stored);
    BackgroundJob job(db.db());
    QSignalSpy progressed(&job, &BackgroundJob::progressed);
    QSignalSpy finished(&job, &BackgroundJob::finished);
    int steps = 0;
    qsizetype leerlingen = 0;
    Qt::HANDLE workerThread = nullptr;
    job.start([&](Database& connection, const ProgressCallback& progress) {
        workerThread = QThread::currentThreadId();
        leerlingen = LeerlingRepository(connection).all()->size();
        for (int step = 1; step <= 5; ++step) {
            ++steps;
            if (stopAtOnce)
                QThread::msleep(50); // long enough for stop() to arrive
            if (!progress(step, 5))
                return;
        }
    });
    QVERIFY(job.isRunning());
    if (stopAtOnce)
        job.stop();
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toString(), QString());
    QVERIFY(!job.isRunning());
    QVERIFY(workerThread != QThread::currentThreadId());
    QVERIFY(leerlingen > 0); // the job's own connection reads the same database
    QCOMPARE(steps, expectedSteps);
    QCOMPARE(progressed.size(), expectedSteps);
}

QTEST_MAIN(TestBackgroundJob)
#include "TestBackgroundJob.moc"
