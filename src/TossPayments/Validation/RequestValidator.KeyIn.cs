using System;
using TossPayments.Payments;

namespace TossPayments.Validation
{
    /// <summary>
    /// The API's rules for issuing a billing key by card number (API notes §10). The values are card
    /// data and personal data, so no message repeats them: a message says which rule failed and
    /// shows the card number masked (<c>************1234</c>) at most.
    /// </summary>
    internal static partial class RequestValidator
    {
        /// <summary>The most digits a card number has.</summary>
        public const int MaxCardNumberDigits = 20;

        /// <summary>A key-in: a customer key, the card's number and expiration, its owner, and the optional password, name and e-mail.</summary>
        public static void IssueBillingKeyByCard(IssueBillingKeyByCardRequest request)
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            CustomerKey(request.CustomerKey);
            CardNumber(request.CardNumber);
            if (TwoDigits(request.CardExpirationYear) is null)
            {
                throw Invalid("InvalidCardExpiration", "cardExpirationYear", "The card expiration year must be 2 digits, YY (29 for 2029).");
            }

            if (TwoDigits(request.CardExpirationMonth) is not (>= 1 and <= 12))
            {
                throw Invalid("InvalidCardExpiration", "cardExpirationMonth", "The card expiration month must be 2 digits from 01 to 12, MM.");
            }

            if (DigitGroups.Count(request.CustomerIdentityNumber, CardSeparators) is not (6 or 10))
            {
                throw Invalid("InvalidIdentityNumber", "customerIdentityNumber",
                    "The customer identity number must be the card owner's birth date as 6 digits (YYMMDD) or a business number of 10 digits, with single spaces or hyphens only between digits.");
            }

            if (request.CardPassword is { } password && TwoDigits(password) is null)
            {
                throw Invalid("InvalidCardPassword", "cardPassword", "The card password must be its first 2 digits, and nothing else.");
            }

            if (request.CustomerName is { } name)
            {
                Text(name, "customerName", 100);
            }

            if (request.CustomerEmail is { } email)
            {
                Text(email, "customerEmail", 100);
            }
        }

        // A key-in takes its numbers with single spaces or hyphens between digit groups.
        private const string CardSeparators = " -";

        /// <summary>A card number: 1 to 20 digits, single spaces or hyphens allowed between digit groups.</summary>
        public static void CardNumber(string? cardNumber)
        {
            var digits = DigitGroups.Count(cardNumber, CardSeparators);
            if (digits < 1)
            {
                throw Invalid("InvalidCardNumber", "cardNumber",
                    $"The card number {CardNumbers.Mask(cardNumber)} must be digits, with single spaces or hyphens only between digit groups.");
            }

            if (digits > MaxCardNumberDigits)
            {
                throw Invalid("InvalidCardNumber", "cardNumber", $"The card number {CardNumbers.Mask(cardNumber)} has {digits} digits; the most is {MaxCardNumberDigits}.");
            }
        }

        // The number of exactly two digits; null for anything else.
        private static int? TwoDigits(string? value) =>
            value is { Length: 2 } && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[1]) ? (value[0] - '0') * 10 + (value[1] - '0') : null;
    }
}
