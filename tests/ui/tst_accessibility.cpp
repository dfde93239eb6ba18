// SPDX-License-Identifier: GPL-3.0-or-later
// The window as assistive technology sees it, from inside (QAccessible, on the offscreen platform, against the
// embedded sandbox): every interactive widget named, labels bound to their fields, the keyboard's order the visual
// one, the status badge and the timeline in words, the error panel an alert that is announced, and every colour that
// carries text readable (WCAG 2 contrast of 4.5:1) on light and dark palettes. tests/desktop/atspi_window.py checks
// the same from outside, through AT-SPI.
#include "composewidget.h"
#include "errorpanel.h"
#include "inspectorwidget.h"
#include "launch.h"
#include "mainwindow.h"
#include "messages/messagewatch.h"
#include "profilesdialog.h"
#include "uiutil.h"
#include "workbench.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QBoxLayout>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStyle>
#include <QStyleFactory>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QToolButton>

#include <cmath>

#if defined(TEXTBENCH_QPA_PRIVATE)
#include <qpa/qplatformaccessibility.h>
#include <qpa/qplatformintegration.h>

#include <private/qguiapplication_p.h>
#endif

using namespace textbench;

namespace {

// WCAG 2.x relative luminance and contrast ratio, written out here rather than taken from uiutil: the test checks
// the colours, not the helper that picks them.
double luminance(const QColor& c)
{
    const auto linear = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

/// \a fg (which may be translucent, as a placeholder colour is) drawn on \a bg.
double contrast(const QColor& fg, const QColor& bg)
{
    const double a = fg.alphaF();
    const QColor drawn = QColor::fromRgbF(float(fg.redF() * a + bg.redF() * (1 - a)),
        float(fg.greenF() * a + bg.greenF() * (1 - a)), float(fg.blueF() * a + bg.blueF() * (1 - a)));
    const double l1 = luminance(drawn), l2 = luminance(bg);
    return (std::max(l1, l2) + 0.05) / (std::min(l1, l2) + 0.05);
}


/// What a user can reach and operate: a button, a field, a list, a tab bar; a label only when it takes the keyboard
/// (its links). The parts Qt builds inside a composite widget (a combo box's line edit and list, a spin box's line
/// edit, a line edit's clear button, a view's headers and scroll bars) are named by their owner.
bool isInteractive(QWidget* w)
{
    for (QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<QAbstractSpinBox*>(p) || qobject_cast<QLineEdit*>(p)
            || p->inherits("QComboBoxPrivateContainer"))
            return false;
    }
    // Qt's own parts that take no keyboard focus: a table's corner button, the menu bar's overflow button.
    if (qobject_cast<QHeaderView*>(w) || w->inherits("QTableCornerButton")
        || (w->objectName().startsWith(u"qt_") && w->focusPolicy() == Qt::NoFocus))
        return false;
    // An editable combo box's line edit is where the user types: AT-SPI shows it as a text field of its own.
    if (auto* combo = qobject_cast<QComboBox*>(w->parentWidget()))
        return w == combo->lineEdit();
    if (qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) || qobject_cast<QAbstractSpinBox*>(w)
        || qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractItemView*>(w) || qobject_cast<QPlainTextEdit*>(w)
        || qobject_cast<QTextEdit*>(w) || qobject_cast<QTabBar*>(w))
        return true;
    // A label only when the keyboard reaches it (its links); one selectable with the mouse is named by its text.
    if (qobject_cast<QLabel*>(w))
        return w->focusPolicy() & Qt::TabFocus;
    // Anything else that takes focus (AT-SPI calls it focusable): a tab widget, a dock, a panel.
    return w->focusPolicy() != Qt::NoFocus;
}

/// Where \a w is, for a failure message: "composeWidget/toLineEdit (QLineEdit)".
QString describe(QWidget* w)
{
    QStringList path;
    for (QWidget* p = w; p; p = p->parentWidget()) {
        if (!p->objectName().isEmpty())
            path.prepend(p->objectName());
        if (path.size() == 3)
            break;
    }
    return path.join(u'/') + u" (" + QString::fromLatin1(w->metaObject()->className()) + u')';
}

/// A field a label stands for (not a button, which names itself).
bool isField(QWidget* w)
{
    return qobject_cast<QLineEdit*>(w) || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QComboBox*>(w)
        || qobject_cast<QAbstractItemView*>(w) || qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QTextEdit*>(w);
}

/// The widgets of a layout item, nested layouts included.
QList<QWidget*> widgetsOf(QLayoutItem* item)
{
    if (!item)
        return {};
    if (item->widget())
        return { item->widget() };
    QList<QWidget*> out;
    if (QLayout* layout = item->layout()) {
        for (int i = 0; i < layout->count(); ++i)
            out += widgetsOf(layout->itemAt(i));
    }
    return out;
}

/// Every label that stands before a field (a form's label column, or a label followed by a field in a row) must
/// have that field (or a widget of its row) as its buddy: its mnemonic goes there, and a screen reader names the
/// field after it. Returns what is wrong.
QStringList buddyProblems(QWidget* root)
{
    QStringList problems;
    const auto check = [&problems](QLabel* label, const QList<QWidget*>& field) {
        const bool hasField = std::any_of(field.cbegin(), field.cend(), isField);
        if (!label || label->text().trimmed().isEmpty() || !hasField)
            return;
        if (!label->buddy())
            problems << QStringLiteral("label “%1” has no buddy (%2)").arg(label->text(), describe(label));
        else if (!field.contains(label->buddy()))
            problems << QStringLiteral("label “%1” is the buddy of %2, not of its field")
                            .arg(label->text(), describe(label->buddy()));
    };
    for (QLayout* layout : root->findChildren<QLayout*>()) {
        if (auto* form = qobject_cast<QFormLayout*>(layout)) {
            for (int row = 0; row < form->rowCount(); ++row) {
                QLayoutItem* label = form->itemAt(row, QFormLayout::LabelRole);
                check(label ? qobject_cast<QLabel*>(label->widget()) : nullptr,
                    widgetsOf(form->itemAt(row, QFormLayout::FieldRole)));
            }
        } else if (auto* box = qobject_cast<QBoxLayout*>(layout)) {
            for (int i = 0; i + 1 < box->count(); ++i) {
                auto* label = qobject_cast<QLabel*>(box->itemAt(i)->widget());
                if (label && !label->wordWrap())
                    check(label, widgetsOf(box->itemAt(i + 1)));
            }
        }
    }
    return problems;
}

// Every accessibility event of the process, for the checks of what is announced.
struct SeenEvent
{
    QAccessible::Event type;
    QObject* object;
};
QList<SeenEvent>& seenEvents()
{
    static QList<SeenEvent> events;
    return events;
}
void recordEvent(QAccessibleEvent* event)
{
    seenEvents().append({ event->type(), event->object() });
}
/// Switches accessibility on, as a screen reader does through AT-SPI: Qt sends its events only then. The offscreen
/// platform has no bridge to do it, so through Qt's platform API.
bool activateAccessibility()
{
#if defined(TEXTBENCH_QPA_PRIVATE)
    if (QPlatformAccessibility* platform = QGuiApplicationPrivate::platformIntegration()->accessibility())
        platform->setActive(true);
#endif
    return QAccessible::isActive();
}

int alertsFor(QObject* object)
{
    const QList<SeenEvent>& events = seenEvents();
    return int(std::count_if(events.cbegin(), events.cend(),
        [object](const SeenEvent& e) { return e.type == QAccessible::Alert && e.object == object; }));
}

QString accessibleText(QObject* object, QAccessible::Text what)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(object);
    return iface ? iface->text(what) : QString();
}

} // namespace

class Tst_Accessibility : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workbench> m_workbench;
    std::unique_ptr<MainWindow> m_window;
    bool m_eventsSeen = false; ///< accessibility is on: its events reach recordEvent()

    template<typename T> T* find(const char* name) const
    {
        T* w = m_window->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget %s", name);
        return w;
    }

    QString open()
    {
        m_window.reset();
        m_workbench.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("profiles.ini")));
        test::Launch launch(
            m_dir.filePath(QStringLiteral("profiles.ini")), QStringLiteral("io.github.textbench.test-a11y"), 10);
        m_workbench = std::move(launch.workbench);
        m_window = std::move(launch.window);
        return launch.ready ? launch.notice : QStringLiteral("test: no ready() within 10 s");
    }

    /// Adds to \a missing each interactive widget under \a root, shown or hidden, without an accessible name.
    static void collectUnnamed(QWidget* root, QList<QWidget*>& missing)
    {
        QList<QWidget*> all = root->findChildren<QWidget*>();
        all.prepend(root);
        for (QWidget* w : all) {
            if (!isInteractive(w) || missing.contains(w))
                continue;
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
            if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
                missing << w;
        }
    }

    void send(const QString& to, const QString& body)
    {
        find<QLineEdit>("toLineEdit")->setText(to);
        find<QPlainTextEdit>("bodyTextEdit")->setPlainText(body);
        m_window->compose()->send();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Events reach the update handler only while accessibility is active, as it is with a screen reader.
        QAccessible::installUpdateHandler(recordEvent);
        m_eventsSeen = activateAccessibility();
    }

    void init() { QCOMPARE(open(), QString()); }

    void cleanup()
    {
        m_window.reset();
        m_workbench.reset();
        seenEvents().clear();
    }

    void everyInteractiveWidgetHasAName()
    {
        // Once as the window opens, then with the folded parts and the error panel open and on each tab, and the
        // Profiles dialog.
        QList<QWidget*> missing;
        collectUnnamed(m_window.get(), missing);
        find<QToolButton>("mediaToggleButton")->setChecked(true);
        find<QToolButton>("advancedToggleButton")->setChecked(true);
        m_window->errorPanel()->showNotice(QStringLiteral("A notice"), QStringLiteral("Its text"));
        for (int tab = 0; tab < m_window->tabs()->count(); ++tab) {
            m_window->tabs()->setCurrentIndex(tab);
            collectUnnamed(m_window.get(), missing);
        }
        ProfilesDialog* profiles = m_window->showProfiles();
        QVERIFY(profiles);
        collectUnnamed(profiles, missing);
        for (QWidget* w : std::as_const(missing))
            qWarning("without an accessible name: %s%s", qPrintable(describe(w)), w->isVisible() ? "" : " [hidden]");
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringLiteral("%1 interactive widgets without an accessible name (listed "
                                      "above)")
                           .arg(missing.size())));

        // The names the end-to-end tests (and a user's screen reader) rely on.
        QCOMPARE(accessibleText(find<QLineEdit>("toLineEdit"), QAccessible::Name), u"To");
        QCOMPARE(accessibleText(find<QPlainTextEdit>("bodyTextEdit"), QAccessible::Name), u"Body");
        QCOMPARE(accessibleText(find<QPushButton>("sendButton"), QAccessible::Name), u"Send");
        QCOMPARE(accessibleText(find<QLineEdit>("sidLineEdit"), QAccessible::Name), u"Message SID");
        // On Linux a combo box's name is its value (Qt's QAccessibleComboBox): it is named by the label it has as
        // buddy, the "labelled by" relation a screen reader reads.
        auto* profile = find<QComboBox>("profileComboBox");
        QCOMPARE(accessibleText(profile, QAccessible::Name), profile->currentText());
        QStringList labelledBy;
        for (const auto& [label, relation] :
            QAccessible::queryAccessibleInterface(profile)->relations(QAccessible::Label))
            labelledBy << label->text(QAccessible::Name);
        QCOMPARE(labelledBy, QStringList { u"Profile"_qs });
    }

    void labelsHaveTheirFieldsAsBuddies()
    {
        find<QToolButton>("mediaToggleButton")->setChecked(true);
        find<QToolButton>("advancedToggleButton")->setChecked(true);
        QStringList problems = buddyProblems(m_window.get());
        problems += buddyProblems(m_window->showProfiles());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // And every label with a mnemonic has somewhere to send it.
        QList<QLabel*> labels = m_window->findChildren<QLabel*>();
        labels += m_window->showProfiles()->findChildren<QLabel*>();
        for (QLabel* label : labels) {
            const QString text = QString(label->text()).remove(QStringLiteral("&&"));
            if (label->textFormat() != Qt::RichText && text.contains(u'&') && !label->buddy())
                QFAIL(qPrintable(u"a mnemonic without a buddy: " + describe(label)));
        }
    }

    void theKeyboardFollowsTheComposerInVisualOrder()
    {
        find<QToolButton>("mediaToggleButton")->setChecked(true);
        find<QToolButton>("advancedToggleButton")->setChecked(true);
        find<QLineEdit>("toLineEdit")->setText(QStringLiteral("+14155552671")); // Look up is enabled with a number
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QWidget* to = find<QLineEdit>("toLineEdit");
        to->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), to);

        // Tab from To until Send, noting each stop (a combo box's line edit counts as the combo box).
        QList<QWidget*> stops { to };
        QWidget* send = find<QPushButton>("sendButton");
        while (stops.size() < 40 && stops.last() != send) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget* now = QApplication::focusWidget();
            QVERIFY(now);
            if (auto* combo = qobject_cast<QComboBox*>(now->parentWidget()))
                now = combo;
            QVERIFY2(m_window->compose()->isAncestorOf(now),
                qPrintable(u"Tab left the composer before Send, at " + describe(now)));
            stops << now;
        }
        QStringList names;
        for (QWidget* w : stops)
            names << w->objectName();
        const QString order = names.join(QStringLiteral(" → "));
        QCOMPARE(stops.last(), send);

        // Each stop is after the one before as the eye reads: further down, or on the same line further right.
        for (int i = 1; i < stops.size(); ++i) {
            const QRect a(stops[i - 1]->mapTo(m_window.get(), QPoint()), stops[i - 1]->size());
            const QRect b(stops[i]->mapTo(m_window.get(), QPoint()), stops[i]->size());
            const bool sameLine = b.top() < a.bottom() && a.top() < b.bottom();
            const bool after = sameLine ? b.left() > a.left() : b.top() >= a.bottom() - 2;
            QVERIFY2(after,
                qPrintable(QStringLiteral("%1 comes before %2 on screen: %3").arg(names[i], names[i - 1], order)));
        }
        // Every field of the composer is on the way (none skipped, none unreachable).
        for (const char* field : { "toLineEdit", "lookUpToButton", "fromComboBox", "bodyTextEdit", "mediaToggleButton",
                 "mediaTextEdit", "advancedToggleButton", "statusCallbackLineEdit", "validitySpinBox",
                 "scheduleCheckBox", "smartEncodingCheckBox", "sendButton" })
            QVERIFY2(
                names.contains(QString::fromLatin1(field)), qPrintable(QString::fromLatin1(field) + u": " + order));

        // After the composer, the inspector beside it: the SID field is next.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), find<QLineEdit>("sidLineEdit"));
    }

    void theBadgeAndTheTimelineReadAsText_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("final");
        QTest::newRow("delivered") << QStringLiteral("+14155552671") << QStringLiteral("delivered");
        QTest::newRow("undelivered") << QStringLiteral("+15005559006") << QStringLiteral("undelivered");
    }

    void theBadgeAndTheTimelineReadAsText()
    {
        QFETCH(QString, to);
        QFETCH(QString, final);
        auto* badge = find<QLabel>("statusBadgeLabel");
        auto* timeline = find<QLabel>("timelineLabel");
        send(to, QStringLiteral("Read me the status"));
        // Each status the badge shows is in its accessible name, as words, while it changes.
        QStringList named;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 15'000) {
            if (m_workbench->watch()->hasMessage()) {
                const QString name = accessibleText(badge, QAccessible::Name);
                const QString shown = m_workbench->watch()->message().statusText;
                QCOMPARE(name, QString(u"Status: " + QString(shown).replace(u'_', u' ')));
                if (named.isEmpty() || named.last() != name)
                    named << name;
                if (shown == final)
                    break;
            }
            QTest::qWait(20);
        }
        QCOMPARE(named.last(), QString(u"Status: " + final));

        // The timeline says each status in order, with its time, in words a reader speaks.
        const QString description = accessibleText(timeline, QAccessible::Description);
        QStringList expected;
        for (const MessageWatch::Step& step : m_workbench->watch()->timeline())
            expected << step.status;
        QVERIFY(expected.size() >= 2);
        qsizetype at = 0;
        for (const QString& status : expected) {
            const qsizetype found = description.indexOf(status, at);
            QVERIFY2(found >= at, qPrintable(QStringLiteral("“%1” not in order in “%2”").arg(status, description)));
            at = found + status.size();
        }
        const auto times = description.count(QRegularExpression(QStringLiteral("\\d\\d:\\d\\d:\\d\\d")));
        QVERIFY2(times >= expected.size(), qPrintable(description));
        QVERIFY2(!description.contains(u'<'), qPrintable(description)); // no markup read aloud
    }

    void theErrorPanelIsAnAnnouncedAlert()
    {
        ErrorPanel* panel = m_window->errorPanel();
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(panel);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::AlertMessage);
        if (!m_eventsSeen)
            QSKIP("accessibility cannot be switched on here (Qt's QPA private headers, qt6-base-private-dev, were "
                  "missing at build time): the Alert events are not seen");
        QCOMPARE(alertsFor(panel), 0);

        // A send Twilio refuses (21211): the panel appears and is announced, named and described by what it says.
        send(QStringLiteral("+15005550001"), QStringLiteral("Refused"));
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 10'000);
        QCOMPARE(alertsFor(panel), 1);
        QCOMPARE(iface->text(QAccessible::Name), panel->titleText());
        QVERIFY2(iface->text(QAccessible::Name).contains(u"21211"), qPrintable(iface->text(QAccessible::Name)));
        const QString description = iface->text(QAccessible::Description);
        QVERIFY2(description.contains(u"What to do:"), qPrintable(description));
        QVERIFY2(!description.contains(u"<b>"), qPrintable(description));

        // Something new is announced again; a retry's countdown is announced once, not at each tick.
        panel->showNotice(QStringLiteral("Working on the Sandbox profile"), QStringLiteral("The keychain is locked."));
        QCOMPARE(alertsFor(panel), 2);
        QCOMPARE(iface->text(QAccessible::Name), u"Working on the Sandbox profile");
        QCOMPARE(iface->text(QAccessible::Description), u"The keychain is locked.");
        panel->showRetry(1, 600, ApiError::invalidInput(QStringLiteral("Connection refused")));
        QTest::qWait(400);
        QCOMPARE(alertsFor(panel), 3);
        panel->dismiss();
        QVERIFY(!panel->isVisible());
    }

    void textOnColoursReadsAtFourAndAHalf()
    {
        // White on every tone, as the badges paint it.
        for (const ui::Tone tone : { ui::Tone::Good, ui::Tone::Caution, ui::Tone::Bad, ui::Tone::Neutral }) {
            const double ratio = contrast(Qt::white, ui::toneColor(tone));
            QVERIFY2(ratio >= 4.5,
                qPrintable(QStringLiteral("white on %1: %2:1").arg(ui::toneName(tone)).arg(ratio, 0, 'f', 2)));
        }
        // The badges as the window shows them: white text on their background, and the status also in words.
        send(QStringLiteral("+14155552671"), QStringLiteral("Contrast"));
        auto* badge = find<QLabel>("statusBadgeLabel");
        QTRY_VERIFY_WITH_TIMEOUT(badge->isVisible() && !badge->text().isEmpty(), 10'000);
        QVERIFY(badge->styleSheet().contains(u"color: white"));
    }

    void captionsAndColouredTextReadInLightAndDark_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void captionsAndColouredTextReadInLightAndDark()
    {
        QFETCH(bool, dark);
        const QPalette before = QApplication::palette();
        QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
        QApplication::setStyle(fusion);
        QApplication::setPalette(dark ? test::darkPalette() : fusion->standardPalette());
        QCOMPARE(open(), QString());
        const auto cleanupPalette = qScopeGuard([&before] { QApplication::setPalette(before); });

        // Captions (secondary text in the palette's placeholder colour) on the window.
        QStringList weak;
        const auto checkText = [&weak](QWidget* w) {
            const QPalette& p = w->palette();
            const double ratio = contrast(p.color(QPalette::WindowText), p.color(QPalette::Window));
            if (ratio < 4.5)
                weak << QStringLiteral("%1: %2:1 (%3 on %4)")
                            .arg(describe(w))
                            .arg(ratio, 0, 'f', 2)
                            .arg(p.color(QPalette::WindowText).name(QColor::HexArgb), p.color(QPalette::Window).name());
        };
        for (const char* caption : { "counterLabel", "toCheckLabel", "fromCheckLabel", "ucs2Label", "pollingLabel",
                 "sidProblemLabel", "profileInfoLabel", "logStatusLabel", "handsetStatusLabel" })
            checkText(find<QWidget>(caption));
        QLabel scratch;
        ui::makeCaption(&scratch);
        checkText(&scratch);

        // A number's check in its tone (good, caution, bad), and a sign or a word that says it without the colour.
        auto* toCheck = find<QLabel>("toCheckLabel");
        for (const auto& [typed, sign] :
            { std::pair { u"+14155552671"_qs, u"✓"_qs }, std::pair { u"12"_qs, u"✗"_qs } }) {
            find<QLineEdit>("toLineEdit")->setText(typed);
            QVERIFY2(toCheck->text().startsWith(sign), qPrintable(toCheck->text()));
            checkText(toCheck);
        }
        // Tones as text on this window.
        for (const ui::Tone tone : { ui::Tone::Good, ui::Tone::Caution, ui::Tone::Bad, ui::Tone::Neutral }) {
            const double ratio = contrast(
                ui::toneTextColor(tone, QApplication::palette()), QApplication::palette().color(QPalette::Window));
            if (ratio < 4.5)
                weak << QStringLiteral("tone %1 as text: %2:1").arg(ui::toneName(tone)).arg(ratio, 0, 'f', 2);
        }
        QVERIFY2(weak.isEmpty(), qPrintable(u"below 4.5:1:\n  " + weak.join(u"\n  ")));
    }
};

QTEST_MAIN(Tst_Accessibility)
#include "tst_accessibility.moc"
