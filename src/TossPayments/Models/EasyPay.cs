namespace TossPayments.Models
{
    /// <summary>Easy-pay details.</summary>
    public sealed class EasyPay : ApiObject
    {
        /// <summary>The provider's name, Korean by default (e.g. <c>토스페이</c>).</summary>
        public string? Provider { get; set; }

        /// <summary>The amount paid from the easy-pay balance or linked account.</summary>
        public decimal Amount { get; set; }

        /// <summary>The provider's discount.</summary>
        public decimal DiscountAmount { get; set; }

        /// <summary>Provider and amounts, e.g. "토스페이 0, discount 0".</summary>
        public override string ToString() => Display.Join(Provider + " " + Display.Amount(Amount), DiscountAmount == 0 ? null : "discount " + Display.Amount(DiscountAmount));
    }
}
