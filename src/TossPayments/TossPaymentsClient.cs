using System;
using TossPayments.CashReceipts;
using TossPayments.Http;
using TossPayments.Payments;
using TossPayments.Reports;

namespace TossPayments
{
    /// <summary>
    /// A client for the TossPayments Core API v1. One instance holds one HTTP connection pool:
    /// create it once and share it; it is safe to use from many threads at once.
    /// </summary>
    /// <example>
    /// <code>
    /// using var client = new TossPaymentsClient(new TossPaymentsClientOptions("test_sk_…"));
    /// var payment = await client.Payments.GetAsync("tviva20240213121757MvuS8");
    /// </code>
    /// </example>
    public sealed class TossPaymentsClient : IDisposable
    {
        private readonly ApiTransport _transport;

        /// <summary>Creates a client.</summary>
        /// <exception cref="TossPaymentsValidationException">The options do not hold together (see <see cref="TossPaymentsClientOptions.Validate"/>).</exception>
        public TossPaymentsClient(TossPaymentsClientOptions options)
        {
            if (options is null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            options.Validate();
            Mode = options.SecretKey.Mode;
            BaseAddress = options.BaseAddress;
            _transport = new ApiTransport(options);
            Payments = new PaymentOperations(_transport);
            Billing = new BillingOperations(_transport);
            CashReceipts = new CashReceiptOperations(_transport);
            Transactions = new TransactionOperations(_transport);
            Settlements = new SettlementOperations(_transport);
        }

        /// <summary>Look up, confirm and cancel payments.</summary>
        public PaymentOperations Payments { get; }

        /// <summary>Issue billing (auto-pay) keys and charge them.</summary>
        public BillingOperations Billing { get; }

        /// <summary>Issue and cancel cash receipts (현금영수증), and list a day's.</summary>
        public CashReceiptOperations CashReceipts { get; }

        /// <summary>List approvals and cancels by time, for reconciliation.</summary>
        public TransactionOperations Transactions { get; }

        /// <summary>List settlements by sale or payout day.</summary>
        public SettlementOperations Settlements { get; }

        /// <summary>Test or live, from the secret key.</summary>
        public TossPaymentsMode Mode { get; }

        /// <summary>The API address this client talks to.</summary>
        public Uri BaseAddress { get; }

        /// <summary>Closes the client's connections.</summary>
        public void Dispose() => _transport.Dispose();
    }
}
