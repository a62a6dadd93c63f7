// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

constexpr auto kService = u"Verzuimdesk";

enum class Outcome
{
    Done,
    NotFound,
    Failed
};

// Runs one job with a deadline and owns it until it finishes. A job that missed the deadline is
// left to finish on its own and delete itself; its late result is ignored.
template <typename JobType> class JobRun
{
public:
    JobRun()
        : m_job(new JobType(QString::fromUtf16(kService)))
    {
        m_job->setAutoDelete(false);
    }
    ~JobRun()
    {
        if (m_finished)
            delete m_job;
        else
            m_job->setAutoDelete(true);
    }
    JobRun(const JobRun&) = delete;
    JobRun& operator=(const JobRun&) = delete;

    JobType* operator->() const { return m_job; }

    Outcome run(int timeoutMs, QString& failure)
    {
        QEventLoop loop;
        QObject::connect(m_job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job*) {
            m_finished = true;
            loop.quit();
        });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        m_job->start();
        loop.exec();
        if (!m_finished) {
            failure = KeychainSecretStore::tr("the keychain did not answer within %1 seconds")
                          .arg(timeoutMs / 1000.0);
            return Outcome::Failed;
        }
        if (m_job->error() == QKeychain::EntryNotFound)
            return Outcome::NotFound;
        if (m_job->error() != QKeychain::NoError) {
            failure = m_job->errorString();
            return Outcome::Failed;
        }
        return Outcome::Done;
    }

private:
    JobType* m_job;
    bool m_finished = false;
};

} // namespace

KeychainSecretStore::KeychainSecretStore(int timeoutMs)
    : m_timeoutMs(timeoutMs)
{
}

Status KeychainSecretStore::unavailable() const
{
    return Error{tr("The system keychain is not available (%1).").arg(m_failure)};
}

Result<std::optional<QString>> KeychainSecretStore::read(const QString& name)
{
    if (!m_failure.isEmpty())
        return Error{unavailable().error()};
    JobRun<QKeychain::ReadPasswordJob> job;
    job->setKey(name);
    switch (job.run(m_timeoutMs, m_failure)) {
    case Outcome::Done:
        return std::optional<QString>(job->textData());
    case Outcome::NotFound:
        return std::optional<QString>();
    case Outcome::Failed:
        break;
    }
    return Error{unavailable().error()};
}

Status KeychainSecretStore::write(const QString& name, const QString& secret)
{
    if (!m_failure.isEmpty())
        return unavailable();
    JobRun<QKeychain::WritePasswordJob> job;
    job->setKey(name);
    job->setTextData(secret);
    return job.run(m_timeoutMs, m_failure) == Outcome::Done ? Status() : unavailable();
}

Status KeychainSecretStore::remove(const QString& name)
{
    if (!m_failure.isEmpty())
        return unavailable();
    JobRun<QKeychain::DeletePasswordJob> job;
    job->setKey(name);
    const Outcome outcome = job.run(m_timeoutMs, m_failure);
    return outcome == Outcome::Failed ? unavailable() : Status();
}
