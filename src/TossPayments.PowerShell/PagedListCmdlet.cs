using System;
using System.Collections.Generic;
using System.Management.Automation;
using TossPayments.PowerShell.Errors;
using TossPayments.PowerShell.Progress;
using TossPayments.Reports;

namespace TossPayments.PowerShell
{
    /// <summary>
    /// The base of the cmdlets that list (transactions, settlements): it pages through the API,
    /// writing each item as its page arrives so memory stays flat however long the window; honours
    /// <c>-First</c>/<c>-Skip</c> (no page is read after the last one needed); shows progress
    /// through the window; and stops between pages on Ctrl+C. A page that cannot be read (after the
    /// client's retries) ends the command with a terminating error, so a script never takes a
    /// partial list for the whole one.
    /// </summary>
    /// <typeparam name="TQuery">The query: what is listed, and the page size.</typeparam>
    /// <typeparam name="TItem">The listed item.</typeparam>
    public abstract class PagedListCmdlet<TQuery, TItem> : TossPaymentsCmdlet
        where TQuery : class
        where TItem : class
    {
        /// <summary>The default page size: fewer round trips than the API's 100, still a small page.</summary>
        public const int DefaultPageSize = 1000;

        /// <summary>How many items to ask for per request (1 to 5000; default 1000). Output is the same whatever the size.</summary>
        [Parameter]
        [ValidateRange(1, TransactionQuery.MaxLimit)]
        public int PageSize { get; set; } = DefaultPageSize;

        /// <summary>What the items are called in progress and verbose text, e.g. "transactions".</summary>
        protected abstract string ItemName { get; }

        /// <summary>The query the parameters describe, with pages of <paramref name="pageSize"/> items.</summary>
        protected abstract TQuery CreateQuery(int pageSize);

        /// <summary>Starts paging through <paramref name="query"/>.</summary>
        /// <exception cref="TossPaymentsValidationException">The query breaks the API's rules.</exception>
        protected abstract TossPager<TItem> List(TQuery query, TossRequestOptions options);

        /// <summary>How far through the query's window an item is, 0 to 100.</summary>
        protected abstract int PercentThrough(TQuery query, TItem item);

        /// <summary>Pages through the list and writes every item after -Skip, up to -First.</summary>
        protected override void ProcessRecord()
        {
            var paging = PagingParameters;
            var skip = paging?.Skip ?? 0UL;
            var first = paging?.First ?? ulong.MaxValue;
            if (paging?.IncludeTotalCount == true)
            {
                WriteObject(paging.NewTotalCount(0, 0.0));
            }

            if (first == 0)
            {
                return;
            }

            // No page bigger than the items still wanted, so -First 10 reads 10, not 1000.
            var wanted = first > ulong.MaxValue - skip ? ulong.MaxValue : first + skip;
            var query = CreateQuery((int)Math.Min((ulong)PageSize, wanted));
            var pager = StartPaging(query);
            var progress = new ProgressReporter(MyInvocation.MyCommand.Name);
            ulong seen = 0, written = 0;
            TItem? last = null;
            while (written < first && pager.HasMore)
            {
                var page = ReadPage(pager, query);
                WriteVerbose($"Page {pager.PagesRead}: {page.Count} {ItemName}{(pager.HasMore ? "" : ", the last page")}.");
                foreach (var item in page)
                {
                    last = item;
                    if (++seen <= skip)
                    {
                        continue;
                    }

                    WriteObject(item);
                    if (++written >= first)
                    {
                        break;
                    }
                }

                if (progress.Next(() => $"{written:N0} {ItemName} from {pager.PagesRead:N0} pages", () => last is null ? 0 : PercentThrough(query, last)) is { } update)
                {
                    WriteProgress(update);
                }
            }

            if (progress.Completed($"{written:N0} {ItemName}") is { } completed)
            {
                WriteProgress(completed);
            }
        }

        // A broken rule ends the command before anything is sent; the error's target is the query.
        private TossPager<TItem> StartPaging(TQuery query)
        {
            try
            {
                return List(query, RequestOptions());
            }
            catch (TossPaymentsValidationException ex)
            {
                ThrowTerminatingError(ErrorRecords.From(ex, query));
                throw;
            }
        }

        // Ctrl+C cancels the request in flight; a stop requested between pages starts no new one.
        private IReadOnlyList<TItem> ReadPage(TossPager<TItem> pager, TQuery query)
        {
            if (StopToken.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }

            try
            {
                var page = pager.NextPageAsync(StopToken).GetAwaiter().GetResult();
                WriteAttemptLog();
                return page;
            }
            catch (OperationCanceledException) when (StopToken.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
            catch (TossPaymentsException ex)
            {
                WriteAttemptLog();
                ThrowTerminatingError(ErrorRecords.From(ex, query));
                throw;
            }
        }

        /// <summary>Where <paramref name="position"/> falls between <paramref name="start"/> and <paramref name="end"/>, 0 to 100.</summary>
        protected static int Percent(DateTimeOffset position, DateTimeOffset start, DateTimeOffset end)
        {
            var span = (end - start).Ticks;
            return span <= 0 ? 100 : (int)Math.Max(0, Math.Min(100, (position - start).Ticks * 100 / span));
        }
    }
}
