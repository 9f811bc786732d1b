using System.Text.Json.Serialization;

namespace TossPayments.Models
{
    /// <summary>One fee taken from a settlement (an element of <c>fees[]</c>).</summary>
    public sealed class SettlementFee : ApiObject
    {
        /// <summary>The raw <c>type</c> string; see <see cref="Type"/>.</summary>
        [JsonPropertyName("type")]
        public string? RawType { get; set; }

        /// <summary>What the fee is for.</summary>
        [JsonIgnore]
        public SettlementFeeType Type => RawType is null ? SettlementFeeType.UNKNOWN : ApiEnum.Parse<SettlementFeeType>(RawType);

        /// <summary>The fee; negative when a cancel gives it back.</summary>
        public decimal Fee { get; set; }

        /// <summary>Fee type and amount.</summary>
        public override string ToString() => Display.Join(RawType, Display.Amount(Fee));
    }
}
