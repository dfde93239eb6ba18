// SPDX-License-Identifier: GPL-3.0-or-later
#include "lookuprunner.h"

#include "api/apiclient.h"
#include "lookups/lookupjobs.h"

#include <QMessageBox>
#include <QPushButton>

namespace textbench {

namespace {
/// Asked once a run: after a yes, lookups go without asking until Textbench quits.
bool s_billingAccepted = false;
} // namespace

LookupRunner::LookupRunner(ApiClient* client, QWidget* parent)
    : QObject(parent)
    , m_client(client)
    , m_parent(parent)
{ }

bool LookupRunner::isBilled(const ApiClient* client)
{
    const ApiEndpoint& endpoint = client->session().endpoint;
    return !endpoint.isCustom() || !ApiEndpoint::isLoopbackHost(endpoint.baseUrl().host());
}

bool LookupRunner::lookUp(const QString& number)
{
    if (m_job)
        return false;
    if (isBilled(m_client) && !s_billingAccepted) {
        QMessageBox box(QMessageBox::Question, tr("Look the number up?"),
            tr("Twilio bills each Lookup of a line type to your account (see twilio.com/lookup/pricing). "
               "Textbench looks numbers up only when you ask, and asks this once until it quits.\n\n"
               "Look up %1?")
                .arg(number),
            QMessageBox::Cancel, m_parent);
        box.setObjectName(QStringLiteral("lookupCostMessageBox"));
        box.setTextFormat(Qt::PlainText);
        QPushButton* yes = box.addButton(tr("Look up"), QMessageBox::AcceptRole);
        box.setDefaultButton(yes);
        box.exec();
        if (box.clickedButton() != yes)
            return false;
        s_billingAccepted = true;
    }
    auto* job = new LookupPhoneNumberJob(m_client, number);
    m_job = job;
    connect(job, &ApiJob::finished, this, [this, job, number] {
        m_job = nullptr;
        if (!m_client->isCurrent(job->session())) {
            Q_EMIT dropped(number); // asked under another profile or account
            return;
        }
        if (job->succeeded())
            Q_EMIT looked(job->lookup(), number);
        else
            Q_EMIT failed(job->error(), tr("Look up %1").arg(number));
    });
    Q_EMIT started(number);
    job->start();
    return true;
}

QString LookupRunner::describe(const PhoneLookup& l)
{
    if (!l.valid)
        return tr("%1 is not a valid number (%2)").arg(l.phoneNumber, l.validationErrors.join(QStringLiteral(", ")));
    QString text = tr("%1 · valid · %2").arg(l.phoneNumber, l.nationalFormat);
    if (l.hasLineType()) {
        text += u" · " + l.lineType;
        if (!l.carrierName.isEmpty())
            text += QStringLiteral(" (%1)").arg(l.carrierName);
        if (!l.canReceiveSms())
            text += u": " + tr("cannot receive SMS (messages to it end in 30006)");
    }
    return text;
}

} // namespace textbench
