using System.Text.Json.Serialization;

namespace TossPayments.Models
{
    /// <summary>Card details of a card payment.</summary>
    public sealed class Card : ApiObject
    {
        /// <summary>The amount paid by card, including any instant discount.</summary>
        public decimal Amount { get; set; }

        /// <summary>The issuer's code, e.g. <c>71</c> (Lotte) or <c>4V</c> (VISA).</summary>
        public string? IssuerCode { get; set; }

        /// <summary>The acquirer's code.</summary>
        public string? AcquirerCode { get; set; }

        /// <summary>The masked card number, e.g. <c>12345678****000*</c>.</summary>
        public string? Number { get; set; }

        /// <summary>Installment months; 0 is a lump sum; null when the API did not say.</summary>
        public int? InstallmentPlanMonths { get; set; }

        /// <summary>The approval number.</summary>
        public string? ApproveNo { get; set; }

        /// <summary>Whether card points were used.</summary>
        public bool UseCardPoint { get; set; }

        /// <summary>The raw <c>cardType</c> string; see <see cref="CardType"/>.</summary>
        [JsonPropertyName("cardType")]
        public string? RawCardType { get; set; }

        /// <summary>Credit, check, gift, or unconfirmed.</summary>
        [JsonIgnore]
        public CardType? CardType => ApiEnum.ParseOrNull<CardType>(RawCardType);

        /// <summary>The raw <c>ownerType</c> string; see <see cref="OwnerType"/>.</summary>
        [JsonPropertyName("ownerType")]
        public string? RawOwnerType { get; set; }

        /// <summary>Personal, corporate, or unconfirmed.</summary>
        [JsonIgnore]
        public CardOwnerType? OwnerType => ApiEnum.ParseOrNull<CardOwnerType>(RawOwnerType);

        /// <summary>The raw <c>acquireStatus</c> string; see <see cref="AcquireStatus"/>.</summary>
        [JsonPropertyName("acquireStatus")]
        public string? RawAcquireStatus { get; set; }

        /// <summary>Where the card company's purchase stands.</summary>
        [JsonIgnore]
        public CardAcquireStatus? AcquireStatus => ApiEnum.ParseOrNull<CardAcquireStatus>(RawAcquireStatus);

        /// <summary>Whether the installments are interest-free.</summary>
        public bool? IsInterestFree { get; set; }

        /// <summary>Who pays installment interest: <c>BUYER</c>, <c>CARD_COMPANY</c>, <c>MERCHANT</c>, or null.</summary>
        public string? InterestPayer { get; set; }

        /// <summary>Issuer, masked number, approval number and instalments, e.g. "issuer 4V 43301234****123*, approval 00000000".</summary>
        public override string ToString() => Display.Join(Display.Labelled("issuer", IssuerCode) + (string.IsNullOrEmpty(Number) ? "" : " " + Number), Display.Labelled("approval", ApproveNo), InstallmentPlanMonths > 0 ? InstallmentPlanMonths.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " months" : null);
    }
}
