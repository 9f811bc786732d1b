using System;

namespace TossPayments
{
    /// <summary>
    /// How long one attempt of each kind of request may take before it counts as timed out. The
    /// defaults follow the API reference: transactions and settlements "can take up to 60 seconds —
    /// set the timeout to at least 60 seconds"; a confirm or cancel gets the same 60 s, since giving
    /// up on one that is still running leaves a charge or refund whose outcome is unknown; a
    /// payment lookup gets 30 s.
    /// </summary>
    public sealed class TossTimeouts
    {
        /// <summary>The default for a payment lookup (<c>GET /v1/payments/…</c>).</summary>
        public static readonly TimeSpan DefaultLookup = TimeSpan.FromSeconds(30);

        /// <summary>The default for a confirm or cancel, and any other change (a virtual account's or cash receipt's issue, a billing charge).</summary>
        public static readonly TimeSpan DefaultChange = TimeSpan.FromSeconds(60);

        /// <summary>The default for a page of transactions, settlements or cash receipts, as the API reference asks for the first two.</summary>
        public static readonly TimeSpan DefaultReport = TimeSpan.FromSeconds(60);

        /// <summary>A payment lookup by key or order id.</summary>
        public TimeSpan Lookup { get; set; } = DefaultLookup;

        /// <summary>A change: a confirm, cancel, billing charge or billing key removal.</summary>
        public TimeSpan Change { get; set; } = DefaultChange;

        /// <summary>A page of transactions, settlements or cash receipts.</summary>
        public TimeSpan Report { get; set; } = DefaultReport;

        /// <summary>The timeout of a request by its method and path (relative to the API's address).</summary>
        internal TimeSpan For(string method, string path) =>
            method != "GET" ? Change
            : path.StartsWith("v1/transactions", StringComparison.Ordinal) || path.StartsWith("v1/settlements", StringComparison.Ordinal)
                || path.StartsWith("v1/cash-receipts", StringComparison.Ordinal) ? Report
            : Lookup;
    }
}
