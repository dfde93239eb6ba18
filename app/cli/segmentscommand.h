// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "command.h"

namespace textbench::cli {

/// \brief `textbench-cli segments TEXT`: encoding and SMS segments of a body, as Twilio counts them. No request.
class SegmentsCommand : public Command
{
    Q_OBJECT
public:
    using Command::Command;
    QString name() const override { return QStringLiteral("segments"); }
    static QString usage();
    int run(const QStringList& args) override;
    QList<VerbReference> reference() const override;
};

} // namespace textbench::cli
