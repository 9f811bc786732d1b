using System;

namespace TossPayments.Sandbox.Json
{
#pragma warning disable CS1591 // Each member is a field of API notes §11, named as on the wire.
    /// <summary>A cash receipt as the API writes it (API notes §11); <c>approvalNumber</c>, <c>approvedAt</c> and <c>canceledAt</c> are gone since 2022-07-27.</summary>
    public sealed record CashReceiptResource(
        string ReceiptKey, string IssueNumber, string IssueStatus, decimal Amount, decimal TaxFreeAmount, string OrderId, string OrderName, string Type,
        string TransactionType, string BusinessNumber, string CustomerIdentityNumber, FailureResource? Failure, DateTimeOffset RequestedAt, string ReceiptUrl);
#pragma warning restore CS1591
}
