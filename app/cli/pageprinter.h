// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>

namespace textbench {
class PageJobBase;
}

namespace textbench::cli {

class CliApp;
class ResourceWriter;

/// \brief Prints a streamed list (a paced PageJob) a slice of items at a time, between events, and tells the job
/// when each page is through.
///
/// Printed in one go, a page of a thousand messages held the event loop: the next page, already fetched, waited to
/// be handed to the worker thread that reads it, so reading and printing took turns on one core. In slices, the
/// next page is read on the worker while this one is printed. The job (PageJobBase::setPaced()) holds a further
/// page until this one is taken, so a slow reader of the output never makes pages pile up here. When standard
/// output is closed (`| head`), the printer stops, drops what is left and cancels the job: nothing more is fetched.
class PagePrinter : public QObject
{
    Q_OBJECT
public:
    /// \a job must be paced; \a writer is what \a add()'s items write with.
    PagePrinter(CliApp& app, PageJobBase* job, ResourceWriter& writer, QObject* parent = nullptr);

    /// A page of \a count items (perhaps none): \a writeItem(i) writes item i. Printing starts at the next event.
    void add(qsizetype count, std::function<void(qsizetype)> writeItem);

private:
    void schedule();
    void printSome();

    struct Page
    {
        qsizetype count = 0;
        qsizetype next = 0;
        std::function<void(qsizetype)> write;
    };
    /// Items printed before the event loop gets a turn: about half a millisecond of JSON.
    static constexpr qsizetype kSlice = 64;

    CliApp& m_app;
    QPointer<PageJobBase> m_job;
    ResourceWriter& m_writer;
    std::deque<Page> m_pages; ///< at most two: the job holds the next until the first is taken
    bool m_scheduled = false;
    bool m_stopped = false;
};

} // namespace textbench::cli
