using System.Text.Json.Serialization;
using TossPayments.Validation;

namespace TossPayments.Payments
{
    /// <summary>
    /// The body of <c>POST /v1/billing/authorizations/card</c>: a billing key for a card given by its
    /// number ("key-in", API notes §10), for merchants whose contract has it. It holds card data:
    /// <see cref="ToString"/> shows the number masked and never the password or the identity number,
    /// and neither does any message about it.
    /// </summary>
    public sealed class IssueBillingKeyByCardRequest
    {
        /// <summary>Creates a key-in from what the customer entered on the merchant's own form.</summary>
        /// <param name="customerKey">The customer the key is for: 2 to 300 of letters, digits and <c>- _ = . @</c>, unguessable (a UUID).</param>
        /// <param name="cardNumber">The card's number: at most 20 digits; single spaces or hyphens between digit groups are taken out before sending.</param>
        /// <param name="cardExpirationYear">The year the card expires, 2 digits (<c>YY</c>).</param>
        /// <param name="cardExpirationMonth">The month the card expires, 2 digits (<c>MM</c>, 01 to 12).</param>
        /// <param name="customerIdentityNumber">The card owner's birth date, 6 digits (<c>YYMMDD</c>), or a business number, 10 digits.</param>
        public IssueBillingKeyByCardRequest(string customerKey, string cardNumber, string cardExpirationYear, string cardExpirationMonth, string customerIdentityNumber)
        {
            CustomerKey = customerKey;
            CardNumber = cardNumber;
            CardExpirationYear = cardExpirationYear;
            CardExpirationMonth = cardExpirationMonth;
            CustomerIdentityNumber = customerIdentityNumber;
        }

        /// <summary>The customer the key is for: 2 to 300 of letters, digits and <c>- _ = . @</c>, unguessable (a UUID).</summary>
        public string CustomerKey { get; }

        /// <summary>
        /// The card's number as given: at most 20 digits, with single spaces or hyphens allowed
        /// between digit groups (<c>4330 1234 5678 1234</c>); sent as digits only.
        /// </summary>
        [JsonIgnore]
        public string CardNumber { get; }

        /// <summary>The year the card expires, 2 digits (<c>YY</c>, <c>29</c> for 2029). Whether it has passed is the API's to say.</summary>
        public string CardExpirationYear { get; }

        /// <summary>The month the card expires, 2 digits (<c>MM</c>, 01 to 12).</summary>
        public string CardExpirationMonth { get; }

        /// <summary>
        /// The card owner's birth date, 6 digits (<c>YYMMDD</c>), or a business number, 10 digits,
        /// for a corporate card; single spaces or hyphens between digits are taken out before sending.
        /// </summary>
        [JsonIgnore]
        public string CustomerIdentityNumber { get; }

        /// <summary>The first 2 digits of the card's password; the merchant's contract may require it.</summary>
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? CardPassword { get; set; }

        /// <summary>The customer's name (at most 100 characters).</summary>
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? CustomerName { get; set; }

        /// <summary>The customer's e-mail (at most 100 characters); the API checks its form.</summary>
        [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
        public string? CustomerEmail { get; set; }

        // The API takes digits only.
        [JsonInclude]
        [JsonPropertyName("cardNumber")]
        internal string? CardNumberSent => Validation.DigitGroups.Digits(CardNumber);

        [JsonInclude]
        [JsonPropertyName("customerIdentityNumber")]
        internal string? CustomerIdentityNumberSent => Validation.DigitGroups.Digits(CustomerIdentityNumber);

        /// <summary>Checks the request as the API's rules ask (API notes §10); a bad value throws <see cref="TossPaymentsValidationException"/>, whose message repeats no card data.</summary>
        public void Validate() => RequestValidator.IssueBillingKeyByCard(this);

        /// <summary>The card masked (<c>************1234</c>) and the customer, for logs; never the password or the identity number.</summary>
        public override string ToString() => $"key-in of card {CardNumbers.Mask(CardNumber)} for customer {CustomerKey}";
    }
}
