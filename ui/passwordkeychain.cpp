// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "passwordkeychain.h"

#include <QEventLoop>
#include <qt6keychain/keychain.h>

namespace opcc {

namespace {

// QtKeychain's jobs answer through a signal; the dialog waits for the answer.
PasswordKeychain::Answer runKeychainJob(QKeychain::Job &job)
{
    // Never QtKeychain's "insecure fallback", which would write the password into a settings
    // file when no keychain answers.
    job.setInsecureFallback(false);
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    PasswordKeychain::Answer answer;
    switch (job.error()) {
    case QKeychain::NoError:
        answer.outcome = PasswordKeychain::Outcome::Done;
        break;
    case QKeychain::EntryNotFound:
        answer.outcome = PasswordKeychain::Outcome::NotFound;
        break;
    default:
        answer.outcome = PasswordKeychain::Outcome::Failed;
        answer.error = job.errorString();
        break;
    }
    return answer;
}

class SystemKeychain final : public PasswordKeychain
{
public:
    Answer read(const QString &key) override
    {
        QKeychain::ReadPasswordJob job(service());
        job.setKey(key);
        Answer answer = runKeychainJob(job);
        if (answer.outcome == Outcome::Done)
            answer.password = job.textData();
        return answer;
    }

    Answer write(const QString &key, const QString &password) override
    {
        QKeychain::WritePasswordJob job(service());
        job.setKey(key);
        job.setTextData(password);
        return runKeychainJob(job);
    }

    Answer remove(const QString &key) override
    {
        QKeychain::DeletePasswordJob job(service());
        job.setKey(key);
        return runKeychainJob(job);
    }

private:
    static QString service() { return QStringLiteral("opcc-schemes"); }
};

} // namespace

PasswordKeychain &PasswordKeychain::system()
{
    static SystemKeychain keychain;
    return keychain;
}

} // namespace opcc
