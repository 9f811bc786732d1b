using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TossPayments.Sandbox.Api
{
    /// <summary>One request the sandbox answered.</summary>
    /// <param name="Method">The HTTP method.</param>
    /// <param name="Path">The path.</param>
    /// <param name="Status">The status answered.</param>
    /// <param name="IdempotencyKey">The Idempotency-Key header, if any.</param>
    /// <param name="UserAgent">The User-Agent header.</param>
    /// <param name="Elapsed">How long the answer took.</param>
    /// <param name="Query">The query string, with its leading '?', or empty.</param>
    public sealed record JournalEntry(string Method, string Path, int Status, string? IdempotencyKey, string UserAgent, TimeSpan Elapsed, string Query = "")
    {
        /// <summary>A query parameter's decoded value, or null.</summary>
        public string? QueryValue(string name) =>
            Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(Query).TryGetValue(name, out var value) ? value.ToString() : null;
    }

    /// <summary>
    /// The requests the sandbox received, so a test can prove what was (and was not) sent. Keeps
    /// the most recent <see cref="Capacity"/> entries and counts them all.
    /// </summary>
    public sealed class RequestJournal
    {
        /// <summary>How many entries are kept.</summary>
        public const int Capacity = 100_000;

        private readonly ConcurrentQueue<JournalEntry> _entries = new();
        private long _count;
        private long _arrivals;
        private int _inFlight;
        private int _peakInFlight;

        /// <summary>How many requests were answered (or abandoned) since the start.</summary>
        public long Count => Interlocked.Read(ref _count);

        /// <summary>How many requests arrived since the start, counted as they arrive, before any answer.</summary>
        public long Arrivals => Interlocked.Read(ref _arrivals);

        /// <summary>The most recent entries, oldest first.</summary>
        public IReadOnlyList<JournalEntry> Entries => _entries.ToArray();

        /// <summary>The most requests that were being answered at the same moment.</summary>
        public int PeakInFlight => Volatile.Read(ref _peakInFlight);

        internal void Arrived()
        {
            Interlocked.Increment(ref _arrivals);
            var now = Interlocked.Increment(ref _inFlight);
            int peak;
            while (now > (peak = Volatile.Read(ref _peakInFlight)) && Interlocked.CompareExchange(ref _peakInFlight, now, peak) != peak)
            {
            }
        }

        internal void Add(JournalEntry entry)
        {
            Interlocked.Decrement(ref _inFlight);
            _entries.Enqueue(entry);
            Interlocked.Increment(ref _count);
            while (_entries.Count > Capacity && _entries.TryDequeue(out _))
            {
            }
        }
    }

    /// <summary>Journals every request and logs one line for it: method, path, status, elapsed. Never a header's value.</summary>
    internal sealed partial class RequestLogMiddleware(RequestDelegate next, RequestJournal journal, ILogger<RequestLogMiddleware> logger)
    {
        public async Task InvokeAsync(HttpContext context)
        {
            var started = Stopwatch.GetTimestamp();
            journal.Arrived();
            try
            {
                await next(context);
            }
            finally
            {
                var elapsed = Stopwatch.GetElapsedTime(started);
                var request = context.Request;
                journal.Add(new JournalEntry(request.Method, request.Path, context.Response.StatusCode, context.IdempotencyKey(), request.Headers.UserAgent.ToString(), elapsed,
                    request.QueryString.Value ?? ""));
                Log(logger, request.Method, request.Path, context.Response.StatusCode, elapsed.TotalMilliseconds);
            }
        }

        [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Method} {Path} {Status} {ElapsedMs:0.0} ms")]
        private static partial void Log(ILogger logger, string method, string path, int status, double elapsedMs);
    }
}
