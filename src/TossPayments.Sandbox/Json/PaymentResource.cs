using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace TossPayments.Sandbox.Json
{
    // The wire shapes the sandbox writes, in the order of the public sample payments. They are
    // the sandbox's own, never the client's models, so a naming mistake on one side shows up as a
    // failing test instead of hiding on both.
#pragma warning disable CS1591 // Each member is a field of API notes §3, named as on the wire.
    public sealed record PaymentResource
    {
        [JsonPropertyName("mId")]
        public required string MId { get; init; }

        public required string? LastTransactionKey { get; init; }

        public required string PaymentKey { get; init; }

        public required string OrderId { get; init; }

        public required string OrderName { get; init; }

        public required decimal TaxExemptionAmount { get; init; }

        public required string Status { get; init; }

        public required DateTimeOffset RequestedAt { get; init; }

        public required DateTimeOffset? ApprovedAt { get; init; }

        public required bool? UseEscrow { get; init; }

        public required bool CultureExpense { get; init; }

        public required CardResource? Card { get; init; }

        public required VirtualAccountResource? VirtualAccount { get; init; }

        public required TransferResource? Transfer { get; init; }

        public required object? MobilePhone { get; init; }

        public required object? GiftCertificate { get; init; }

        public required object? CashReceipt { get; init; }

        public required object? CashReceipts { get; init; }

        public required object? Discount { get; init; }

        public required IReadOnlyList<CancelResource>? Cancels { get; init; }

        public required string? Secret { get; init; }

        public required string Type { get; init; }

        public required EasyPayResource? EasyPay { get; init; }

        public required string Country { get; init; }

        public required FailureResource? Failure { get; init; }

        public required bool IsPartialCancelable { get; init; }

        public required UrlResource Receipt { get; init; }

        public required UrlResource Checkout { get; init; }

        public required string Currency { get; init; }

        public required decimal TotalAmount { get; init; }

        public required decimal BalanceAmount { get; init; }

        public required decimal SuppliedAmount { get; init; }

        public required decimal Vat { get; init; }

        public required decimal TaxFreeAmount { get; init; }

        public required IReadOnlyDictionary<string, string>? Metadata { get; init; }

        public required string? Method { get; init; }

        public required string Version { get; init; }
    }

    public sealed record CardResource(
        string IssuerCode, string AcquirerCode, string Number, int InstallmentPlanMonths, bool IsInterestFree, string? InterestPayer,
        string ApproveNo, bool UseCardPoint, string CardType, string OwnerType, string AcquireStatus, decimal Amount);

    public sealed record VirtualAccountResource(
        string AccountType, string AccountNumber, string BankCode, string CustomerName, string? DepositorName, DateTimeOffset DueDate,
        string RefundStatus, bool Expired, string SettlementStatus, RefundAccountResource? RefundReceiveAccount);

    public sealed record RefundAccountResource(string BankCode, string AccountNumber, string HolderName);

    public sealed record TransferResource(string BankCode, string SettlementStatus);

    public sealed record EasyPayResource(string Provider, decimal Amount, decimal DiscountAmount);

    public sealed record FailureResource(string Code, string Message);

    public sealed record UrlResource(string Url);

    public sealed record CancelResource(
        string TransactionKey, string CancelReason, decimal TaxExemptionAmount, DateTimeOffset CanceledAt, decimal TransferDiscountAmount,
        decimal EasyPayDiscountAmount, string? ReceiptKey, decimal CancelAmount, decimal TaxFreeAmount, decimal RefundableAmount,
        string CancelStatus, string? CancelRequestId);

    public sealed record ErrorResource(string Code, string Message);

    public sealed record ConfirmBody(string? PaymentKey, string? OrderId, decimal? Amount);

    public sealed record CancelBody(string? CancelReason, decimal? CancelAmount, decimal? TaxFreeAmount, string? Currency, decimal? RefundableAmount,
        RefundAccountBody? RefundReceiveAccount);

    public sealed record RefundAccountBody(string? Bank, string? AccountNumber, string? HolderName);

    public sealed record AuthKeyBody(string? CustomerKey, string? AuthKey);

    public sealed record DeclineBody(string? Decline);

    public sealed record ChargeBody(string? CustomerKey, decimal? Amount, string? OrderId, string? OrderName, string? CustomerEmail, string? CustomerName,
        decimal? TaxFreeAmount, int? CardInstallmentPlan);

    public sealed record BillingResource(string MId, string CustomerKey, DateTimeOffset AuthenticatedAt, string Method, string BillingKey, BillingCardResource Card,
        string CardCompany, string CardNumber);

    public sealed record BillingCardResource(string IssuerCode, string AcquirerCode, string Number, string CardType, string OwnerType);

    // POST /v1/billing/authorizations/card; vbv (3-D Secure of foreign cards), which the reference does not list, is ignored.
    public sealed record KeyInBody(string? CustomerKey, string? CardNumber, string? CardExpirationYear, string? CardExpirationMonth,
        string? CustomerIdentityNumber, string? CardPassword, string? CustomerName, string? CustomerEmail);

    public sealed record VirtualAccountBody(string? OrderId, string? OrderName, decimal? Amount, string? CustomerName, string? Bank, int? ValidHours, string? DueDate,
        string? CustomerEmail, string? CustomerMobilePhone, decimal? TaxFreeAmount);
#pragma warning restore CS1591
}
