// SPDX-FileCopyrightText: 2026 The OPCC Schemes authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QProcess>
#include <QString>
#include <memory>
#include <optional>

namespace bench {

// A private Xvfb server for the start-up benchmark, and a watch on its top-level windows: the
// moment a program's window is mapped is when it is shown on a real X display. Where the bench
// is built without libxcb, xdotool stands in (it polls only twice a second).
class XServer final
{
public:
    XServer();
    ~XServer();
    XServer(const XServer &) = delete;
    XServer &operator=(const XServer &) = delete;

    // Starts Xvfb on a free display; false (with a reason) when Xvfb is missing or fails.
    bool start(QString *reason);
    QString display() const { return m_display; }
    // How the map is watched: "xcb" (at the event) or "xdotool" (polling).
    QString watchMethod() const;

    // Call before starting the program, then waitForWindow() after: the CLOCK_MONOTONIC time
    // (ns) at which a top-level window of process pid was mapped, or nullopt on timeout.
    void beginWatch();
    std::optional<qint64> waitForWindow(qint64 pid, int timeoutMs);

private:
    struct Watch;
    QProcess m_server;
    QString m_display;
    std::unique_ptr<Watch> m_watch;
};

} // namespace bench
