// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilesdialog.h"

#include "accounts/accountjobs.h"
#include "api/apiclient.h"
#include "messages/messagejobs.h"
#include "profiles/activeprofile.h"
#include "profiles/profilelistmodel.h"
#include "sandboxaccount.h"
#include "sandboxserver.h"
#include "ui_profilesdialog.h"
#include "uiutil.h"
#include "workbench.h"

#include <QComboBox>
#include <QIdentityProxyModel>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>

namespace textbench {

namespace {
// Each profile on two lines in the dialog's list: its name, then its kind and masked SID.
class TwoLineProfiles : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role != Qt::DisplayRole)
            return QIdentityProxyModel::data(index, role);
        return QString(QIdentityProxyModel::data(index, Qt::DisplayRole).toString() + u'\n'
            + QIdentityProxyModel::data(index, ProfileListModel::KindLabelRole).toString() + u" · "
            + QIdentityProxyModel::data(index, ProfileListModel::UserSidRole).toString());
    }
};
} // namespace

ProfilesDialog::ProfilesDialog(Workbench* workbench, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ProfilesDialog>())
    , m_workbench(workbench)
{
    // The static form is profilesdialog.ui; what depends on the workbench is filled in here.
    m_ui->setupUi(this);
    auto* twoLines = new TwoLineProfiles(this);
    twoLines->setSourceModel(workbench->profileList());
    m_ui->profilesListView->setModel(twoLines);
    m_ui->kindComboBox->addItem(ProfileListModel::kindLabel(ProfileKind::Live), QStringLiteral("live"));
    m_ui->kindComboBox->addItem(ProfileListModel::kindLabel(ProfileKind::Test), QStringLiteral("test"));
    m_ui->senderLineEdit->setPlaceholderText(tr("%1 or MG…").arg(sandbox::Account::kSender));

    connect(m_ui->profilesListView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& index) { showProfile(m_workbench->profileList()->profileAt(index.row())); });
    connect(m_workbench->profileList(), &QAbstractItemModel::modelReset, this, [this] { select(m_currentId); });
    connect(m_ui->authComboBox, &QComboBox::currentIndexChanged, this, &ProfilesDialog::updateForm);
    connect(m_ui->newButton, &QPushButton::clicked, this, &ProfilesDialog::newProfile);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ProfilesDialog::save);
    connect(m_ui->duplicateButton, &QPushButton::clicked, this, &ProfilesDialog::duplicate);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ProfilesDialog::removeProfile);
    connect(m_ui->testButton, &QPushButton::clicked, this, &ProfilesDialog::testConnection);
    connect(m_ui->importEnvButton, &QPushButton::clicked, this, &ProfilesDialog::importEnvironment);
    connect(m_ui->useButton, &QPushButton::clicked, this, &ProfilesDialog::useProfile);
    m_ui->importEnvButton->setEnabled(Credentials::environmentHasAny());
    m_ui->importEnvButton->setToolTip(m_ui->importEnvButton->isEnabled()
            ? tr("TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or TWILIO_API_KEY and "
                 "TWILIO_API_SECRET, into a new profile")
            : tr("No TWILIO_* credentials in Textbench's environment"));
    connect(m_workbench->activeProfile(), &ActiveProfile::activated, this, [this](const Profile& p) {
        setStatus(tr("Now using %1.").arg(p.name), false);
        m_ui->useButton->setEnabled(!m_currentId.isEmpty() && m_currentId != p.id);
    });
    connect(m_workbench->activeProfile(), &ActiveProfile::failed, this,
        [this](const QString&, const ProfileManager::Outcome& o) { setStatus(o.message, true); });
    select(m_workbench->activeProfile()->profile().id);
}

ProfilesDialog::~ProfilesDialog() = default;

QString ProfilesDialog::status() const
{
    return m_ui->profileStatusLabel->text();
}

void ProfilesDialog::setStatus(const QString& text, bool error)
{
    // A failure is said by a sign too, not by the colour alone.
    m_ui->profileStatusLabel->setText(error ? QString(u"⚠ " + text) : text);
    QPalette p = m_ui->profileStatusLabel->palette();
    p.setColor(QPalette::WindowText,
        error ? ui::toneTextColor(ui::Tone::Bad, palette()) : palette().color(QPalette::WindowText));
    m_ui->profileStatusLabel->setPalette(p);
}

void ProfilesDialog::select(const QString& id)
{
    const int row = m_workbench->profileList()->rowOf(id);
    if (row < 0) {
        newProfile();
        return;
    }
    m_ui->profilesListView->setCurrentIndex(m_ui->profilesListView->model()->index(row, 0));
    showProfile(m_workbench->profileList()->profileAt(row));
}

void ProfilesDialog::showProfile(const Profile& p)
{
    m_currentId = p.id;
    const bool sandbox = p.kind == ProfileKind::Sandbox;
    m_ui->nameLineEdit->setText(p.name);
    m_ui->kindComboBox->setCurrentIndex(p.kind == ProfileKind::Test ? 1 : 0);
    m_ui->authComboBox->setCurrentIndex(p.scheme == AuthScheme::ApiKey ? 1 : 0);
    m_ui->accountSidLineEdit->setText(sandbox ? sandbox::Account::kAccountSid : p.accountSid);
    m_ui->apiKeyLineEdit->setText(p.apiKeySid);
    m_ui->secretLineEdit->clear();
    m_ui->regionLineEdit->setText(p.region);
    m_ui->edgeLineEdit->setText(p.edge);
    m_ui->baseUrlLineEdit->setText(
        sandbox && m_workbench->sandbox() ? m_workbench->sandbox()->baseUrl().toString() : p.baseUrl);
    m_ui->senderLineEdit->setText(sandbox ? sandbox::Account::kSender : p.defaultSender);
    if (sandbox)
        m_ui->storageLabel->setText(tr("Built in: a Twilio-compatible API inside Textbench. Nothing reaches Twilio."));
    else if (p.secretStorage == SecretStorage::ThisRunOnly)
        m_ui->storageLabel->setText(
            tr("The secret is kept in memory for this run only (no keychain took it). Type it and "
               "save to move it into the keychain."));
    else
        m_ui->storageLabel->setText(tr("The secret is in the OS keychain. Leave the field empty to keep it."));
    for (QWidget* w : std::initializer_list<QWidget*> { m_ui->nameLineEdit, m_ui->kindComboBox, m_ui->authComboBox,
             m_ui->accountSidLineEdit, m_ui->apiKeyLineEdit, m_ui->secretLineEdit, m_ui->regionLineEdit,
             m_ui->edgeLineEdit, m_ui->baseUrlLineEdit, m_ui->senderLineEdit, m_ui->saveButton, m_ui->duplicateButton,
             m_ui->removeButton })
        w->setEnabled(!sandbox);
    m_ui->useButton->setEnabled(!p.id.isEmpty() && p.id != m_workbench->activeProfile()->profile().id);
    m_ui->testButton->setEnabled(true);
    updateForm();
}

void ProfilesDialog::updateForm()
{
    const bool apiKey = m_ui->authComboBox->currentIndex() == 1;
    m_ui->apiKeyLineEdit->setEnabled(apiKey && m_ui->nameLineEdit->isEnabled());
    m_ui->secretLineEdit->setPlaceholderText(
        m_currentId.isEmpty() ? (apiKey ? tr("API Key Secret") : tr("Auth Token")) : tr("unchanged (type to replace)"));
}

void ProfilesDialog::newProfile()
{
    Profile p;
    showProfile(p);
    m_ui->storageLabel->setText(tr("The secret will be stored in the OS keychain, never in a file."));
    m_ui->profilesListView->clearSelection();
    m_ui->nameLineEdit->setFocus();
}

Profile ProfilesDialog::formProfile() const
{
    Profile p;
    if (!m_currentId.isEmpty()) {
        if (const auto stored = m_workbench->profiles()->find(m_currentId))
            p = *stored;
    }
    p.name = m_ui->nameLineEdit->text().trimmed();
    p.kind = m_ui->kindComboBox->currentIndex() == 1 ? ProfileKind::Test : ProfileKind::Live;
    p.scheme = m_ui->authComboBox->currentIndex() == 1 ? AuthScheme::ApiKey : AuthScheme::AuthToken;
    p.accountSid = m_ui->accountSidLineEdit->text().trimmed();
    p.apiKeySid = p.scheme == AuthScheme::ApiKey ? m_ui->apiKeyLineEdit->text().trimmed() : QString();
    p.region = m_ui->regionLineEdit->text().trimmed();
    p.edge = m_ui->edgeLineEdit->text().trimmed();
    p.baseUrl = m_ui->baseUrlLineEdit->text().trimmed();
    p.defaultSender = m_ui->senderLineEdit->text().trimmed();
    return p;
}

bool ProfilesDialog::askKeepForThisRun(const ProfileManager::Outcome& outcome)
{
    if (!outcome.canKeepForThisRun())
        return false;
    if (m_keepAnswer >= 0)
        return m_keepAnswer == 1;
    QMessageBox box(QMessageBox::Question, tr("No keychain"),
        outcome.message + u"\n\n"
            + tr("Keep the secret in memory for this run of Textbench only? Nothing is written anywhere; the next run "
                 "will ask for it again."),
        QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("keepForThisRunMessageBox"));
    box.setTextFormat(Qt::PlainText);
    QPushButton* keep = box.addButton(tr("Keep for this run"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == keep;
}

void ProfilesDialog::save()
{
    Profile p = formProfile();
    const QString secret = m_ui->secretLineEdit->text();
    const bool adding = m_currentId.isEmpty();
    if (!adding && p.secretStorage == SecretStorage::ThisRunOnly && !secret.isEmpty())
        p.secretStorage = SecretStorage::Keychain; // a secret typed again goes to the keychain first
    const auto done = [this, p, secret, adding](const ProfileManager::Outcome& o) {
        if (o.ok) {
            m_ui->secretLineEdit->clear();
            m_currentId = o.id;
            select(o.id);
            setStatus(adding ? tr("Added %1.").arg(p.name) : tr("Saved %1.").arg(p.name), false);
            return;
        }
        if (askKeepForThisRun(o)) {
            Profile memory = p;
            memory.secretStorage = SecretStorage::ThisRunOnly;
            const auto again = [this, memory](const ProfileManager::Outcome& second) {
                if (!second.ok) {
                    setStatus(second.message, true);
                    return;
                }
                m_ui->secretLineEdit->clear();
                m_currentId = second.id;
                select(second.id);
                setStatus(tr("Saved %1. Its secret is kept in memory for this run only.").arg(memory.name), false);
            };
            if (adding)
                m_workbench->profileManager()->add(memory, secret, this, again);
            else
                m_workbench->profileManager()->edit(memory, secret, this, again);
            return;
        }
        setStatus(o.message, true);
    };
    if (adding)
        m_workbench->profileManager()->add(p, secret, this, done);
    else
        m_workbench->profileManager()->edit(p, secret.isEmpty() ? QString() : secret, this, done);
}

void ProfilesDialog::duplicate()
{
    if (m_currentId.isEmpty())
        return;
    QString name = m_ui->nameLineEdit->text().trimmed() + tr(" (copy)");
    for (int n = 2; m_workbench->profiles()->find(name); ++n)
        name = m_ui->nameLineEdit->text().trimmed() + tr(" (copy %1)").arg(n);
    m_workbench->profileManager()->duplicate(m_currentId, name, this, [this, name](const ProfileManager::Outcome& o) {
        if (o.ok)
            select(o.id);
        setStatus(o.ok ? tr("Duplicated as %1.").arg(name) : o.message, !o.ok);
    });
}

void ProfilesDialog::removeProfile()
{
    if (m_currentId.isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Remove the profile?"),
        tr("Remove %1 and delete its secret from the keychain?").arg(m_ui->nameLineEdit->text()), QMessageBox::Cancel,
        this);
    box.setObjectName(QStringLiteral("confirmRemoveMessageBox"));
    box.setTextFormat(Qt::PlainText);
    QPushButton* yes = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    box.exec();
    if (box.clickedButton() != yes)
        return;
    const QString name = m_ui->nameLineEdit->text();
    m_workbench->profileManager()->remove(m_currentId, this, [this, name](const ProfileManager::Outcome& o) {
        setStatus(o.ok ? tr("Removed %1.").arg(name) : o.message, !o.ok);
        if (o.ok)
            select(m_workbench->activeProfile()->profile().id);
    });
}

void ProfilesDialog::testConnection()
{
    // The profile being tested, as far as the hint for a Test profile goes.
    const auto run = [this](const Credentials& credentials, const ApiEndpoint& endpoint, const Profile& profile) {
        delete m_testClient;
        m_testClient = new ApiClient(this);
        m_testClient->setTarget(credentials, endpoint);
        auto* job = new FetchAccountJob(m_testClient);
        connect(job, &ApiJob::finished, this, [this, job, profile] {
            if (job->succeeded()) {
                const Account& a = job->account();
                setStatus(tr("It works: %1 (%2), %3.").arg(a.friendlyName, a.sid, a.status), false);
                return;
            }
            QString text = job->error().toText();
            if (const QString hint = profile.testCredentialsHint(job->error()); !hint.isEmpty())
                text += u"\n\n" + hint;
            setStatus(text, true);
        });
        setStatus(tr("Testing…"), false);
        job->start();
    };
    const Profile p = formProfile();
    if (m_currentId == ProfileStore::kSandboxId) {
        if (!m_workbench->sandbox())
            return;
        const sandbox::SandboxServer::Connection sandbox = m_workbench->sandbox()->connection();
        run(sandbox.credentials, sandbox.endpoint, p);
        return;
    }
    if (!m_ui->secretLineEdit->text().isEmpty() || m_currentId.isEmpty()) {
        // Test what is typed, before saving it.
        run(p.credentials(m_ui->secretLineEdit->text().trimmed()), p.endpoint(), p);
        return;
    }
    m_workbench->profileManager()->credentialsFor(m_currentId, this, [this, p, run](const ProfileManager::Outcome& o) {
        if (!o.ok) {
            setStatus(o.message, true);
            return;
        }
        run(o.credentials, p.endpoint(), p);
    });
}

void ProfilesDialog::importEnvironment()
{
    const Credentials env = Credentials::fromEnvironment();
    if (const QString problem = env.problem(); !problem.isEmpty()) {
        setStatus(problem, true);
        return;
    }
    newProfile();
    QString name = tr("From environment");
    for (int n = 2; m_workbench->profiles()->find(name); ++n)
        name = tr("From environment %1").arg(n);
    m_ui->nameLineEdit->setText(name);
    m_ui->accountSidLineEdit->setText(env.accountSid());
    m_ui->authComboBox->setCurrentIndex(env.scheme() == AuthScheme::ApiKey ? 1 : 0);
    if (env.scheme() == AuthScheme::ApiKey)
        m_ui->apiKeyLineEdit->setText(env.username());
    m_ui->secretLineEdit->setText(env.secret());
    setStatus(
        tr("Filled in from the environment: check the fields, then Save (the secret goes to the keychain)."), false);
}

void ProfilesDialog::useProfile()
{
    if (m_currentId.isEmpty())
        return;
    m_workbench->activeProfile()->activate(m_currentId);
    setStatus(tr("Switching to %1…").arg(m_ui->nameLineEdit->text()), false);
}

} // namespace textbench
