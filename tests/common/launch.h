// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Header-only, for the executables that link textbench_ui (window tests, screenshots, benchmarks):
// textbench_testsupport itself stays on the core.

#include "mainwindow.h"
#include "workbench.h"

#include <QEventLoop>
#include <QSettings>
#include <QTimer>

#include <memory>

namespace textbench::test {

/// Textbench as a launch starts it (app/gui/main.cpp), on a settings file and keychain service of the caller's:
/// the workbench, the window shown at \a size, start(), and ready() awaited for up to \a timeoutMs. Members are
/// destroyed window first, as the window needs the workbench.
struct Launch
{
    std::unique_ptr<Workbench> workbench;
    std::unique_ptr<MainWindow> window;
    bool ready = false; ///< ready() came in time
    QString notice; ///< what ready() said: why the remembered profile is not in force, if so

    Launch(const QString& settingsFile, const QString& keychainService, double sandboxSpeed = 1.0,
        QSize size = { 1280, 800 }, int timeoutMs = 10'000)
    {
        Workbench::Options options;
        options.settings = new QSettings(settingsFile, QSettings::IniFormat);
        options.keychainService = keychainService;
        options.sandboxSpeed = sandboxSpeed;
        workbench = std::make_unique<Workbench>(options);
        window = std::make_unique<MainWindow>(workbench.get());
        window->resize(size);
        window->show();
        QEventLoop loop;
        QObject::connect(workbench.get(), &Workbench::ready, &loop, [this, &loop](const QString& problem) {
            ready = true;
            notice = problem;
            loop.quit();
        });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        workbench->start();
        if (!ready)
            loop.exec();
    }
};

} // namespace textbench::test
