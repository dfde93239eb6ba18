// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitywidget.h"

#include "api/requestlogmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace textbench {

ActivityWidget::ActivityWidget(RequestLogModel* model, RequestLog* log, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_log(log)
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_copyCurl(new QPushButton(tr("Copy as cURL"), this))
    , m_copyCurlAction(new QAction(tr("Copy the selected request as c&URL"), this))
    , m_clear(new QPushButton(tr("Clear"), this))
{
    setObjectName(QStringLiteral("activityWidget"));
    m_table->setObjectName(QStringLiteral("activityTableView"));
    m_table->setAccessibleName(tr("Requests"));
    m_table->setModel(model);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setWordWrap(false); // else a path wraps at its slashes and is cut after the first one
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(RequestLogModel::PathColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(RequestLogModel::TimeColumn, 100);
    m_table->setColumnWidth(RequestLogModel::MethodColumn, 70);
    m_table->setColumnWidth(RequestLogModel::OutcomeColumn, 200);
    m_details->setObjectName(QStringLiteral("activityDetailsTextEdit"));
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Request and response"));
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select a request to see its headers and bodies (secrets masked)."));
    m_copyCurl->setObjectName(QStringLiteral("copyCurlButton"));
    m_copyCurl->setToolTip(tr("The request as a cURL command; the credentials come from $TWILIO_… variables"));
    m_clear->setObjectName(QStringLiteral("clearActivityButton"));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_copyCurl);
    buttons->addWidget(m_clear);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ActivityWidget::showSelected);
    connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& from, const QModelIndex& to) {
        const int current = m_table->currentIndex().row();
        if (current >= from.row() && current <= to.row())
            showSelected(); // only the shown exchange changing is worth re-rendering
    });
    connect(model, &QAbstractItemModel::modelReset, this, &ActivityWidget::showSelected);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] {
        // Follow the newest request unless the user picked one.
        if (!m_table->selectionModel()->hasSelection())
            m_table->scrollToBottom();
    });
    m_copyCurlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    connect(m_copyCurlAction, &QAction::triggered, this, [this] {
        const QString curl = selectedCurl();
        if (!curl.isEmpty())
            QApplication::clipboard()->setText(curl);
    });
    connect(m_copyCurl, &QPushButton::clicked, m_copyCurlAction, &QAction::trigger);
    connect(m_clear, &QPushButton::clicked, m_log, &RequestLog::clear);
    showSelected();
}

QString ActivityWidget::selectedCurl() const
{
    const auto entry = m_model->entryAt(m_table->currentIndex().row());
    return entry ? entry->toCurl() : QString();
}

QString ActivityWidget::details() const
{
    return m_details->toPlainText();
}

void ActivityWidget::showSelected()
{
    const auto entry = m_model->entryAt(m_table->currentIndex().row());
    m_copyCurl->setEnabled(entry.has_value());
    m_copyCurlAction->setEnabled(entry.has_value());
    if (!entry) {
        m_details->clear();
        return;
    }
    QString text = QString::fromLatin1(entry->method) + u' ' + entry->url.toString(QUrl::FullyEncoded) + u'\n';
    for (const auto& [name, value] : entry->requestHeaders)
        text += u"> " + QString::fromLatin1(name) + u": " + QString::fromLatin1(value) + u'\n';
    if (!entry->requestBody.isEmpty())
        text += u"\n" + QString::fromUtf8(entry->requestBody) + u'\n';
    text += u"\n< " + (entry->inFlight ? tr("(waiting for the answer)") : entry->outcome) + u'\n';
    for (const auto& [name, value] : entry->responseHeaders)
        text += u"< " + QString::fromLatin1(name) + u": " + QString::fromLatin1(value) + u'\n';
    if (!entry->responseBody.isEmpty())
        text += u"\n" + QString::fromUtf8(entry->responseBody) + u'\n';
    text += u"\n" + entry->toCurl() + u'\n';
    m_details->setPlainText(text);
}

} // namespace textbench
