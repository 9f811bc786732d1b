using TossPayments.Sandbox.Domain;

namespace TossPayments.Sandbox.Json
{
    /// <summary>The Billing object (API notes §10) that both ways of issuing a billing key answer.</summary>
    internal static class BillingRenderer
    {
        /// <summary>The key, its customer and its card, the number masked as the API masks it; the legacy <c>cardCompany</c> and <c>cardNumber</c> too.</summary>
        public static BillingResource Render(BillingKey key, KeyInCard card, string maskedNumber)
        {
            var cardResource = new BillingCardResource(card.IssuerCode, card.IssuerCode, maskedNumber, card.CardType, card.OwnerType);
            return new BillingResource(PaymentRenderer.MerchantId, key.CustomerKey, PaymentRenderer.Seconds(key.AuthenticatedAt), "카드", key.Key, cardResource,
                card.Company, maskedNumber);
        }
    }
}
