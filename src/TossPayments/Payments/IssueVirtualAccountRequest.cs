using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Serialization;
using TossPayments.Reports;
using TossPayments.Validation;

namespace TossPayments.Payments
{
    /// <summary>
    /// The body of <c>POST /v1/virtual-accounts</c>: issue a virtual account the customer pays the
    /// exact amount into, in one transfer (API notes §7). Escrow and fixed accounts are not offered.
    /// </summary>
    public sealed class IssueVirtualAccountRequest
    {
        /// <summary>Creates an issue request; the account is valid for 168 hours unless <see cref="ValidHours"/> or <see cref="DueDate"/> says otherwise.</summary>
        public IssueVirtualAccountRequest(string orderId, string orderName, decimal amount, string customerName, string bank)
        {
            OrderId = orderId;
            OrderName = orderName;
            Amount = amount;
            CustomerName = customerName;
            Bank = bank;
        }

        /// <summary>The merchant's new order id (6 to 64 of <c>A-Z a-z 0-9 - _</c>).</summary>
        public string OrderId { get; }

        /// <summary>What is bought (1 to 100 characters).</summary>
        public string OrderName { get; }

        /// <summary>The exact amount, in whole won, the customer must send in one transfer.</summary>
        public decimal Amount { get; }

        /// <summary>The customer's name (1 to 100 characters).</summary>
        public string CustomerName { get; }

        /// <summary>The bank of the account, by its 2-character code: one of <see cref="IssuingBanks"/>.</summary>
        public string Bank { get; }

        /// <summary>Hours the account takes a deposit, 1 to 2160 (the API's default: 168). Not with <see cref="DueDate"/>.</summary>
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public int? ValidHours { get; set; }

        /// <summary>The last moment a deposit is taken, at most 90 days away; sent as Korea time. Not with <see cref="ValidHours"/>.</summary>
        [JsonIgnore]
        public DateTimeOffset? DueDate { get; set; }

        /// <summary>The customer's e-mail (at most 100 characters).</summary>
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? CustomerEmail { get; set; }

        /// <summary>The customer's mobile number, 8 to 15 digits: the deposit notice goes there.</summary>
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? CustomerMobilePhone { get; set; }

        /// <summary>The tax-free part of the amount (whole won, 0 when left out).</summary>
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public decimal? TaxFreeAmount { get; set; }

        /// <summary>The banks that issue virtual accounts, by code: 경남 39, 광주 34, KB국민 06, IBK기업 03, NH농협 11, DGB대구 31, 부산 32, 새마을금고 45, Sh수협 07, 신한 88, 우리 20, 우체국 71, 전북 37, 케이뱅크 89, 하나 81.</summary>
        public static IReadOnlyList<string> IssuingBanks { get; } = ["39", "34", "06", "03", "11", "31", "32", "45", "07", "88", "20", "71", "37", "89", "81"];

        // The API takes the due date as Korea time with no offset, to the second.
        [JsonInclude]
        [JsonPropertyName("dueDate")]
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        internal string? DueDateSent => DueDate?.ToOffset(KoreaTime.Offset).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

        /// <summary>Checks the request as the API's rules ask (API notes §7); a bad value throws <see cref="TossPaymentsValidationException"/>.</summary>
        public void Validate() => RequestValidator.IssueVirtualAccount(this);
    }
}
