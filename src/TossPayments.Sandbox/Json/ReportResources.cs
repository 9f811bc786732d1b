using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace TossPayments.Sandbox.Json
{
    // The wire shapes of GET /v1/transactions and GET /v1/settlements (API notes §6), the sandbox's own.
#pragma warning disable CS1591 // Each member is a field of API notes §6, named as on the wire.
    public sealed record TransactionResource(
        [property: JsonPropertyName("mId")] string MId, string TransactionKey, string PaymentKey, string OrderId, string Currency, string Method,
        string? CustomerKey, bool UseEscrow, string ReceiptUrl, string Status, DateTimeOffset TransactionAt, decimal Amount);

    public sealed record SettlementResource(
        [property: JsonPropertyName("mId")] string MId, string PaymentKey, string TransactionKey, string OrderId, string Currency, string Method,
        decimal Amount, decimal InterestFee, IReadOnlyList<FeeResource> Fees, decimal SupplyAmount, decimal Vat, decimal PayOutAmount,
        DateTimeOffset? ApprovedAt, string SoldDate, string PaidOutDate, object? Card, object? EasyPay, object? GiftCertificate, object? MobilePhone,
        object? Transfer, object? VirtualAccount, CancelResource? Cancel);

    public sealed record FeeResource(string Type, decimal Fee);
#pragma warning restore CS1591
}
