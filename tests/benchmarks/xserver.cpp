// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "xserver.h"

#include "benchsupport.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#ifdef OPCC_BENCH_HAVE_XCB
#include <cstdlib>
#include <poll.h>
#include <xcb/xcb.h>
#endif

namespace bench {

#ifdef OPCC_BENCH_HAVE_XCB
// A connection that listens for windows mapped on the root window (there is no window manager,
// so top-level windows are the root's children) and reads their _NET_WM_PID.
struct XServer::Watch
{
    xcb_connection_t *connection = nullptr;
    xcb_window_t root = 0;
    xcb_atom_t pidAtom = 0;

    explicit Watch(const QString &display)
    {
        connection = xcb_connect(display.toLatin1().constData(), nullptr);
        if (xcb_connection_has_error(connection)) {
            xcb_disconnect(connection);
            connection = nullptr;
            return;
        }
        root = xcb_setup_roots_iterator(xcb_get_setup(connection)).data->root;
        const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
        xcb_change_window_attributes(connection, root, XCB_CW_EVENT_MASK, &mask);
        const char name[] = "_NET_WM_PID";
        xcb_intern_atom_reply_t *atom = xcb_intern_atom_reply(
            connection, xcb_intern_atom(connection, 0, sizeof name - 1, name), nullptr);
        if (atom) {
            pidAtom = atom->atom;
            std::free(atom);
        }
        xcb_flush(connection);
    }
    ~Watch()
    {
        if (connection)
            xcb_disconnect(connection);
    }
    void drain()
    {
        while (xcb_generic_event_t *event = xcb_poll_for_event(connection))
            std::free(event);
    }
    qint64 pidOf(xcb_window_t window) const
    {
        xcb_get_property_reply_t *reply = xcb_get_property_reply(connection,
            xcb_get_property(connection, 0, window, pidAtom, XCB_ATOM_CARDINAL, 0, 1), nullptr);
        qint64 pid = 0;
        if (reply && xcb_get_property_value_length(reply) == 4)
            pid = *static_cast<const uint32_t *>(xcb_get_property_value(reply));
        std::free(reply);
        return pid;
    }
    std::optional<qint64> wait(qint64 pid, int timeoutMs)
    {
        const QDeadlineTimer deadline(timeoutMs);
        pollfd descriptor { xcb_get_file_descriptor(connection), POLLIN, 0 };
        while (!deadline.hasExpired()) {
            xcb_generic_event_t *event = xcb_poll_for_event(connection);
            if (!event) {
                if (xcb_connection_has_error(connection))
                    return std::nullopt;
                poll(&descriptor, 1, int(qMin<qint64>(deadline.remainingTime(), 100)));
                continue;
            }
            const qint64 at = monotonicNs();
            const bool mapped = (event->response_type & 0x7F) == XCB_MAP_NOTIFY;
            const auto *map = reinterpret_cast<const xcb_map_notify_event_t *>(event);
            const bool candidate = mapped && !map->override_redirect;
            const xcb_window_t window = map->window;
            std::free(event);
            if (candidate && pidOf(window) == pid)
                return at;
        }
        return std::nullopt;
    }
};
#else
struct XServer::Watch
{
    explicit Watch(const QString &) { }
};
#endif

XServer::XServer() = default;

XServer::~XServer()
{
    m_watch.reset();
    if (m_server.state() != QProcess::NotRunning) {
        m_server.terminate();
        if (!m_server.waitForFinished(3000))
            m_server.kill();
        m_server.waitForFinished(3000);
    }
}

bool XServer::start(QString *reason)
{
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (xvfb.isEmpty()) {
        *reason = QStringLiteral("Xvfb is not installed (Debian package xvfb)");
        return false;
    }
#ifndef OPCC_BENCH_HAVE_XCB
    if (QStandardPaths::findExecutable(QStringLiteral("xdotool")).isEmpty()) {
        *reason = QStringLiteral("built without libxcb and xdotool is not installed");
        return false;
    }
#endif
    int number = 140;
    while (QFileInfo::exists(QStringLiteral("/tmp/.X%1-lock").arg(number))
        || QFileInfo::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(number)))
        ++number;
    m_display = QStringLiteral(":%1").arg(number);
    m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_server.setStandardOutputFile(QProcess::nullDevice());
    m_server.start(xvfb,
        { m_display, QStringLiteral("-screen"), QStringLiteral("0"), QStringLiteral("1600x1000x24"),
            QStringLiteral("-nolisten"), QStringLiteral("tcp") });
    const QString socket = QStringLiteral("/tmp/.X11-unix/X%1").arg(number);
    const QDeadlineTimer deadline(10000);
    while (!QFileInfo::exists(socket) && !deadline.hasExpired()
        && m_server.state() != QProcess::NotRunning)
        QThread::msleep(20);
    if (!QFileInfo::exists(socket)) {
        *reason = QStringLiteral("Xvfb did not start on %1").arg(m_display);
        return false;
    }
    QThread::msleep(100); // the socket exists a moment before the server accepts on it
    return true;
}

QString XServer::watchMethod() const
{
#ifdef OPCC_BENCH_HAVE_XCB
    return QStringLiteral("xcb");
#else
    return QStringLiteral("xdotool");
#endif
}

void XServer::beginWatch()
{
#ifdef OPCC_BENCH_HAVE_XCB
    if (!m_watch || !m_watch->connection)
        m_watch = std::make_unique<Watch>(m_display);
    if (m_watch->connection)
        m_watch->drain();
#endif
}

std::optional<qint64> XServer::waitForWindow(qint64 pid, int timeoutMs)
{
#ifdef OPCC_BENCH_HAVE_XCB
    if (!m_watch || !m_watch->connection)
        return std::nullopt;
    return m_watch->wait(pid, timeoutMs);
#else
    QProcess xdotool;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DISPLAY"), m_display);
    xdotool.setProcessEnvironment(environment);
    xdotool.start(QStringLiteral("xdotool"),
        { QStringLiteral("search"), QStringLiteral("--sync"), QStringLiteral("--onlyvisible"),
            QStringLiteral("--pid"), QString::number(pid) });
    if (!xdotool.waitForFinished(timeoutMs) || xdotool.exitCode() != 0) {
        xdotool.kill();
        xdotool.waitForFinished();
        return std::nullopt;
    }
    return monotonicNs();
#endif
}

} // namespace bench
