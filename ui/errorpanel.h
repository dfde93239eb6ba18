// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"

#include <QFrame>
#include <QTimer>

class QLabel;
class QToolButton;

namespace textbench {

/// \brief The inline error banner under the panels: for a failed request, the HTTP status and what it means, the
/// Twilio code with the project's explanation and next step, Twilio's own message and the more_info link; a
/// countdown while a retry is pending. Hidden when there is nothing to say. For assistive technology it is an alert
/// (QAccessible::AlertMessage) named after its title and described by its explanation, announced (an Alert event)
/// each time it shows something new.
class ErrorPanel : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorPanel(QWidget* parent = nullptr);

    /// Shows \a error; \a context names what failed ("Send", "Fetch SM…").
    void showError(const ApiError& error, const QString& context);
    /// A note that is not an error (the keychain fell back to the Sandbox, …).
    void showNotice(const QString& title, const QString& text);
    /// A retry of \a reason in \a delayMs: a countdown until it starts.
    void showRetry(int retry, int delayMs, const ApiError& reason);
    void dismiss();
    /// Hides a retry countdown (the retried request answered); other contents stay.
    void retryOver();

    QString titleText() const;
    QString bodyText() const;

    /// Makes every ErrorPanel an alert for assistive technology (a QAccessible factory); once per process, called
    /// by the constructor.
    static void installAccessibility();

private:
    void tick();
    /// Names the panel after what it shows, and shows it, announced to assistive technology.
    void announce();

    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_body;
    QToolButton* m_close;
    QTimer m_countdown;
    qint64 m_retryAtMs = 0;
    int m_retry = 0;
    bool m_showingRetry = false;
    QString m_retryReason;
};

} // namespace textbench
