// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "databasehealth.h"

#include "storage/database.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QMessageBox>
#include <QThread>
#include <atomic>

namespace opcc {

struct DatabaseHealth::Job
{
    std::atomic<bool> stop { false };
    QString path;
    bool damaged = false;
    QString problems;
    QThread *thread = nullptr;
};

DatabaseHealth::DatabaseHealth(Database &db, QWidget *window)
    : QObject(window)
    , m_db(db)
    , m_window(window)
    , m_check(new QAction(this))
{
    m_check->setObjectName(QStringLiteral("checkDatabase"));
    connect(m_check, &QAction::triggered, this, &DatabaseHealth::check);
    // Queued: a read fails deep inside a model's reload, and the warning waits for it to end.
    connect(
        &m_db, &Database::readFailed, this, &DatabaseHealth::showReadFailure, Qt::QueuedConnection);
    retranslate();
}

DatabaseHealth::~DatabaseHealth()
{
    if (m_running) {
        m_running->stop = true;
        m_running->thread->wait();
        delete m_running->thread;
    }
}

void DatabaseHealth::quickCheckInBackground()
{
    if (m_running)
        return;
    auto job = std::make_shared<Job>();
    job->path = m_db.path();
    job->thread = QThread::create([job] {
        Database reader;
        if (!reader.openForReading(job->path).ok())
            return; // the window's own reads say what is wrong
        reader.setStopFlag(&job->stop);
        QStringList problems;
        const bool ran = reader.checkIntegrity(&problems, Database::Depth::Quick);
        reader.setStopFlag(nullptr);
        if (job->stop)
            return;
        if (!ran && reader.lastFailure() == Database::Failure::Damaged)
            problems.append(reader.errorString());
        job->damaged = !problems.isEmpty();
        job->problems = problems.join(QStringLiteral("; "));
    });
    connect(job->thread, &QThread::finished, this, [this, job] {
        job->thread->deleteLater();
        m_running.reset();
        if (job->damaged)
            reportDamage(job->problems);
    });
    m_running = job;
    job->thread->start();
}

void DatabaseHealth::reportDamage(const QString &problems)
{
    const QString message = tr("%1 is damaged (%2). Nothing more will be written to it: restore "
                               "it from a backup. Until then the window shows what can still be "
                               "read, and exports may be incomplete.")
                                .arg(QDir::toNativeSeparators(m_db.path()), problems);
    m_db.refuseWrites(message);
    emit damageFound(message);
    auto *box = new QMessageBox(
        QMessageBox::Critical, tr("Damaged Database"), message, QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("damageFound"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool DatabaseHealth::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::event(event);
}

void DatabaseHealth::retranslate()
{
    m_check->setText(tr("&Check Database"));
    m_check->setStatusTip(tr("Read every page of the database file and report any damage"));
}

QStringList DatabaseHealth::check()
{
    QStringList problems;
    const QString file = QDir::toNativeSeparators(m_db.path());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ran = m_db.checkIntegrity(&problems);
    QApplication::restoreOverrideCursor();
    auto *box = new QMessageBox(m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("checkResult"));
    box->setWindowTitle(tr("Check Database"));
    if (!ran) {
        box->setIcon(QMessageBox::Warning);
        box->setText(tr("%1 could not be checked: %2").arg(file, m_db.errorString()));
        problems.append(m_db.errorString());
    } else if (problems.isEmpty()) {
        box->setIcon(QMessageBox::Information);
        box->setText(tr("%1 was checked page by page: no damage found.").arg(file));
    } else {
        box->setIcon(QMessageBox::Critical);
        box->setText(tr("%1 is damaged. Restore it from a backup before making further "
                        "changes; until then, what the window shows may be incomplete.")
                         .arg(file));
        box->setDetailedText(problems.join(QLatin1Char('\n')));
    }
    box->open();
    return problems;
}

void DatabaseHealth::showReadFailure(const QString &message)
{
    if (m_readWarning)
        return; // one warning at a time: a damaged table fails every read of it
    if (m_db.isServerAway()) {
        // The connection was lost and the server is still away: nothing is damaged, and the
        // same reads will work once it is back.
        m_readWarning = new QMessageBox(QMessageBox::Warning, tr("Cannot Reach the Server"),
            tr("%1\n\nWhat the window shows may be out of date or incomplete. Once the server "
               "is back, Retry reads the register again (View > Refresh does the same). Edits "
               "in the form are kept and can be saved then.")
                .arg(message),
            QMessageBox::Retry | QMessageBox::Close, m_window);
        m_readWarning->setDefaultButton(QMessageBox::Retry);
        m_readWarning->button(QMessageBox::Retry)->setText(tr("&Retry"));
        m_readWarning->setObjectName(QStringLiteral("serverAway"));
        m_readWarning->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_readWarning, &QMessageBox::finished, this, [this](int button) {
            if (button == QMessageBox::Retry)
                emit retryRequested();
        });
        m_readWarning->open();
        return;
    }
    m_readWarning = new QMessageBox(QMessageBox::Warning, tr("Cannot Read the Database"),
        tr("Part of the database could not be read, so what the "
           "window shows may be incomplete.\n\n%1\n\nTools > Check "
           "Database looks for damage.")
            .arg(message),
        QMessageBox::Close, m_window);
    m_readWarning->setObjectName(QStringLiteral("readFailure"));
    m_readWarning->setAttribute(Qt::WA_DeleteOnClose);
    m_readWarning->open();
}

} // namespace opcc
