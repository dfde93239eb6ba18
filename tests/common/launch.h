// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Header-only, for the executables that link textbench_ui (window tests, screenshots, benchmarks):
// textbench_testsupport itself stays on the core.

#include "mainwindow.h"
#include "statekeeper.h"
#include "workbench.h"

#include <QEventLoop>
#include <QPalette>
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
    /// With a state folder only: what the window keeps (drafts, watched messages, its layout in the settings file).
    std::unique_ptr<QSettings> windowSettings; ///< before the keeper: it is written to when the keeper goes
    std::unique_ptr<StateKeeper> keeper;
    bool ready = false; ///< ready() came in time
    QString notice; ///< what ready() said: why the remembered profile is not in force, if so

    Launch(const QString& settingsFile, const QString& keychainService, double sandboxSpeed = 1.0,
        QSize size = { 1280, 800 }, int timeoutMs = 10'000, const QString& stateDirectory = {})
    {
        Workbench::Options options;
        options.settings = new QSettings(settingsFile, QSettings::IniFormat);
        options.keychainService = keychainService;
        options.sandboxSpeed = sandboxSpeed;
        workbench = std::make_unique<Workbench>(options);
        window = std::make_unique<MainWindow>(workbench.get());
        window->resize(size);
        if (!stateDirectory.isEmpty()) {
            windowSettings = std::make_unique<QSettings>(settingsFile, QSettings::IniFormat);
            keeper = std::make_unique<StateKeeper>(window.get(), workbench.get(), stateDirectory, windowSettings.get());
            keeper->restoreWindow();
        }
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

/// The dark palette of the README's dark screenshots (tests/ui/screenshots.cpp), also checked for contrast.
inline QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1f, 0x21, 0x24), text(0xe8, 0xea, 0xed), highlight(0x3d, 0x7b, 0xd9);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace textbench::test
