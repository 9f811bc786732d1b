using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using TossPayments.Json;

namespace TossPayments.Models
{
    /// <summary>
    /// One settled transaction, as <c>GET /v1/settlements</c> lists it: what was sold, the fees,
    /// and what is paid out when.
    /// </summary>
    public sealed class Settlement : ApiObject
    {

        /// <summary>The merchant id.</summary>
        [JsonPropertyName("mId")]
        public string? MId { get; set; }

        /// <summary>The payment settled.</summary>
        public string PaymentKey { get; set; } = "";

        /// <summary>The transaction settled: the approval or a cancel.</summary>
        public string TransactionKey { get; set; } = "";

        /// <summary>The merchant's order id.</summary>
        public string OrderId { get; set; } = "";

        /// <summary><c>KRW</c>, or <c>USD</c> for PayPal.</summary>
        public string? Currency { get; set; }

        /// <summary>The raw <c>method</c> string, Korean or English; see <see cref="Method"/>.</summary>
        [JsonPropertyName("method")]
        public string? RawMethod { get; set; }

        /// <summary>The means of payment.</summary>
        [JsonIgnore]
        public PaymentMethod? Method => ApiEnum.ParseOrNull<PaymentMethod>(RawMethod);

        /// <summary>The amount of the transaction; negative for a cancel.</summary>
        public decimal Amount { get; set; }

        /// <summary>The installment interest fee.</summary>
        public decimal InterestFee { get; set; }

        /// <summary>The fees by type.</summary>
        public IList<SettlementFee>? Fees { get; set; }

        /// <summary>The supplied value of the fees (before VAT): the API's <c>supplyAmount</c>.</summary>
        public decimal SupplyAmount { get; set; }

        /// <summary>The VAT on the fees.</summary>
        public decimal Vat { get; set; }

        /// <summary>What is paid out to the merchant.</summary>
        public decimal PayOutAmount { get; set; }

        /// <summary>When the payment was approved.</summary>
        public DateTimeOffset? ApprovedAt { get; set; }

        /// <summary>The day of the sale (a calendar date in Korea).</summary>
        [JsonConverter(typeof(ApiDateConverter))]
        public DateTime? SoldDate { get; set; }

        /// <summary>The day of the payout (a calendar date in Korea).</summary>
        [JsonConverter(typeof(ApiDateConverter))]
        public DateTime? PaidOutDate { get; set; }

        /// <summary>Card details, for card payments.</summary>
        public Card? Card { get; set; }

        /// <summary>Easy-pay details.</summary>
        public EasyPay? EasyPay { get; set; }

        /// <summary>Gift-certificate details.</summary>
        public GiftCertificate? GiftCertificate { get; set; }

        /// <summary>Mobile-phone details.</summary>
        public MobilePhone? MobilePhone { get; set; }

        /// <summary>Account-transfer details.</summary>
        public Transfer? Transfer { get; set; }

        /// <summary>Virtual-account details.</summary>
        public VirtualAccount? VirtualAccount { get; set; }

        /// <summary>The cancellation, when the settled transaction is a cancel.</summary>
        public Cancellation? Cancel { get; set; }
    }
}
