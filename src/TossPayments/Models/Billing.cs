using System;
using System.Text.Json.Serialization;

namespace TossPayments.Models
{
    /// <summary>
    /// A billing (auto-pay) key as issued (API notes §10): the key, the customer it belongs to, and
    /// the card. The key cannot be looked up again: store it with its customer key. It is a
    /// secret: <see cref="ToString"/> never shows it whole.
    /// </summary>
    public sealed class Billing : ApiObject
    {
        /// <summary>The merchant id.</summary>
        [JsonPropertyName("mId")]
        public string? MId { get; set; }

        /// <summary>The customer the key was issued for; every charge must name it.</summary>
        public string CustomerKey { get; set; } = "";

        /// <summary>When the card was authenticated.</summary>
        public DateTimeOffset? AuthenticatedAt { get; set; }

        /// <summary>The raw <c>method</c> string (<c>카드</c>).</summary>
        [JsonPropertyName("method")]
        public string? RawMethod { get; set; }

        /// <summary>The billing key (up to 200 characters, often ending in <c>=</c>).</summary>
        public string BillingKey { get; set; } = "";

        /// <summary>The card the key charges.</summary>
        public Card? Card { get; set; }

        /// <summary>A legacy duplicate of the card's issuer, still sent by some versions.</summary>
        public string? CardCompany { get; set; }

        /// <summary>A legacy duplicate of the card's masked number.</summary>
        public string? CardNumber { get; set; }

        /// <summary>The customer and the key's first characters, for logs; never the whole key.</summary>
        public override string ToString() => $"billing key {BillingKeys.Mask(BillingKey)} (customer {CustomerKey})";
    }
}
