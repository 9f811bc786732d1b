using TossPayments.Validation;

namespace TossPayments.Payments
{
    /// <summary>The body of <c>POST /v1/billing/authorizations/issue</c>: turn a one-time auth key into a billing key.</summary>
    public sealed class IssueBillingKeyRequest
    {
        /// <summary>Creates an issue request from what the billing window's success URL carried.</summary>
        public IssueBillingKeyRequest(string authKey, string customerKey)
        {
            AuthKey = authKey;
            CustomerKey = customerKey;
        }

        /// <summary>The one-time key from <c>successUrl?customerKey=…&amp;authKey=…</c> (at most 300 characters).</summary>
        public string AuthKey { get; }

        /// <summary>The customer the key is for: 2 to 300 of letters, digits and <c>- _ = . @</c>, unguessable (a UUID).</summary>
        public string CustomerKey { get; }

        /// <summary>Checks the request; a bad value throws <see cref="TossPaymentsValidationException"/>.</summary>
        public void Validate() => RequestValidator.IssueBillingKey(this);
    }
}
