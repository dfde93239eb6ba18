// SPDX-License-Identifier: GPL-3.0-or-later
// A transport row from the real window's composer.
#include "hostile.h"

// Opens the window once, and switches it to a profile (kept for this run only) whose base URL is the hostile
// origin \a where.
bool Tst_Hostile::openWindow(Where where)
{
    if (m_window && m_guiProfileFor == baseUrl(where))
        return true;
    if (!m_window) {
        test::Launch launch(
            m_dir.filePath(QStringLiteral("gui.ini")), QStringLiteral("io.github.textbench.test-hostile"), 10);
        m_workbench = std::move(launch.workbench);
        m_window = std::move(launch.window);
        if (!launch.ready)
            return false;
    }
    const QString name = QStringLiteral("Hostile %1").arg(baseUrl(where));
    if (!m_guiProfiles.contains(name)) {
        Profile p;
        p.name = name;
        p.accountSid = kAccount;
        p.baseUrl = baseUrl(where);
        p.secretStorage = SecretStorage::ThisRunOnly;
        std::optional<ProfileManager::Outcome> added;
        m_workbench->profileManager()->add(p, kToken, this, [&](const ProfileManager::Outcome& o) { added = o; });
        if (!QTest::qWaitFor([&] { return added.has_value(); }, 10'000) || !added->ok) {
            qWarning() << "profile not added:" << (added ? added->message : QStringLiteral("no answer"));
            return false;
        }
        m_guiProfiles.insert(name, added->id);
    }
    auto* combo = find<QComboBox>("profileComboBox");
    const int row = m_workbench->profileList()->rowOf(m_guiProfiles.value(name));
    combo->setCurrentIndex(row);
    Q_EMIT combo->activated(row);
    if (!QTest::qWaitFor([&] { return m_window->windowTitle().contains(name); }, 10'000))
        return false;
    m_workbench->client()->setPolicy(textbench::test::fastPolicy());
    m_guiProfileFor = baseUrl(where);
    return true;
}

void Tst_Hostile::checkWindow(const Scenario& s, const CoreRun& core)
{
    QVERIFY(openWindow(s.where));
    resetServers();
    ++g_tally.gui;
    m_window->errorPanel()->hide();
    auto* to = find<QLineEdit>("toLineEdit");
    auto* body = find<QPlainTextEdit>("bodyTextEdit");
    auto* from = find<QComboBox>("fromComboBox");
    to->setText(kTo);
    from->setCurrentText(kFrom);
    body->setPlainText(kBody);
    QTest::mouseClick(find<QPushButton>("sendButton"), Qt::LeftButton);
    auto* send = find<QPushButton>("sendButton");
    // Done when the send is over (retries included) and the panel explains it.
    if (!QTest::qWaitFor([&] { return send->isEnabled() && m_window->errorPanel()->isVisible(); }, kHangMs)) {
        ++g_tally.hung;
        QFAIL("the window showed no error within the deadline");
    }
    const QString title = m_window->errorPanel()->titleText();
    const QString text = m_window->errorPanel()->bodyText();
    // TEXTBENCH_HOSTILE_SHOTS=DIR: a picture of the window for each row, to read the errors as a user sees them.
    if (const QString shots = qEnvironmentVariable("TEXTBENCH_HOSTILE_SHOTS"); !shots.isEmpty()) {
        QString name = s.name;
        name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
        m_window->grab().save(shots + u'/' + name + u".png");
    }
    QVERIFY2(s.orKind || title.contains(core.error.title()), qPrintable(title));
    if (s.mayHaveCreated.value_or(false))
        QVERIFY2(text.contains(QStringLiteral("message log")), qPrintable(text));
    if (to->text() != kTo || body->toPlainText() != kBody || from->currentText() != kFrom)
        ++g_tally.inputsLost;
    QCOMPARE(to->text(), kTo);
    QCOMPARE(body->toPlainText(), kBody);
    QVERIFY(find<QPushButton>("sendButton")->isEnabled());
    QVERIFY2(requestsAtOrigin(s.where, s.op) <= s.maxRequests, "the window sent more than allowed");
    if (s.where == Where::Http) // the send did go out (TLS rows fail before any request arrives)
        QVERIFY2(requestsAtOrigin(s.where, s.op) >= 1, qPrintable(title + u'\n' + text));
    m_workbench->watch()->clear();
    const int leaksGui = offOriginCredentials(s.where) + (containsSecret((title + text).toUtf8()) ? 1 : 0);
    g_tally.leaked += leaksGui;
    QCOMPARE(leaksGui, 0);
}
