using System;
using System.Collections.Generic;
using System.Linq;

namespace TossPayments.Sandbox.Domain
{
    /// <summary>
    /// The sandbox's rules for issuing a billing key by card number (key-in, API notes §10). The API's
    /// test mode checks only that the first six digits (the BIN) are valid; the sandbox knows the few
    /// BINs of <see cref="Cards"/>, takes 15 or 16 digits, and checks the rest by shape and by its clock.
    /// It checks no owner: a birth date that is a date passes, as in test mode.
    /// </summary>
    public static class KeyInRules
    {
        /// <summary>
        /// The cards the sandbox knows, by BIN. <c>433012</c> is the reference's sample card
        /// (<c>43301234****123*</c>, Lotte); the others are the sandbox's own picks, not the issuers' real BINs.
        /// </summary>
        public static readonly IReadOnlyDictionary<string, KeyInCard> Cards = new Dictionary<string, KeyInCard>(StringComparer.Ordinal)
        {
            ["433012"] = new("71", "롯데", "신용", "개인"),
            ["536181"] = new("41", "신한", "체크", "개인"),
            ["943123"] = new("11", "국민", "신용", "법인"),
        };

        /// <summary>The card of a number: 15 or 16 digits starting with a known BIN; null for any other.</summary>
        public static KeyInCard? CardOf(string? number) =>
            number is { Length: 15 or 16 } && number.All(char.IsAsciiDigit) && Cards.TryGetValue(number[..6], out var card) ? card : null;

        /// <summary>A card number masked as the API masks it: the first 8 digits, <c>****</c>, the rest but the last, <c>*</c> (<c>43301234****123*</c>).</summary>
        public static string Mask(string number) => number[..8] + "****" + number[12..^1] + "*";

        /// <summary>Whether the card is valid in the month of <paramref name="koreaNow"/>: <c>YY</c> and <c>MM</c> (01–12), through the month's last day.</summary>
        public static bool IsValidThrough(string? year, string? month, DateTimeOffset koreaNow) =>
            TwoDigits(year) is { } yy && TwoDigits(month) is { } mm and >= 1 and <= 12
            && (2000 + yy) * 12 + mm >= koreaNow.Year * 12 + koreaNow.Month;

        /// <summary>A card password's first two digits.</summary>
        public static bool IsPassword(string? password) => TwoDigits(password) is not null;

        /// <summary>A birth date of 6 digits that is a date (<c>YYMMDD</c>; 29 February in any year divisible by 4), or a business number of 10 digits.</summary>
        public static bool IsIdentity(string? number) =>
            number is not null && number.All(char.IsAsciiDigit) && (number.Length == 10 || (number.Length == 6 && IsDate(number)));

        /// <summary>An e-mail address by its shape: at most 100 characters, one '@' with text before it and a dotted domain after, no white space.</summary>
        public static bool IsEmail(string? email)
        {
            if (email is not { Length: >= 3 and <= 100 } || email.Any(char.IsWhiteSpace))
            {
                return false;
            }

            var at = email.IndexOf('@');
            var domain = email[(at + 1)..];
            return at > 0 && !domain.Contains('@') && domain.IndexOf('.') is > 0 && !domain.EndsWith('.');
        }

        // YYMMDD: 2000 + YY decides 29 February, so 00 (2000 or 1900) allows it.
        private static bool IsDate(string yymmdd) =>
            TwoDigits(yymmdd[2..4]) is { } month and >= 1 and <= 12
            && TwoDigits(yymmdd[4..]) is { } day && day >= 1 && day <= DateTime.DaysInMonth(2000 + TwoDigits(yymmdd[..2])!.Value, month);

        private static int? TwoDigits(string? value) =>
            value is { Length: 2 } && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[1]) ? (value[0] - '0') * 10 + (value[1] - '0') : null;
    }

    /// <summary>A card the sandbox knows by its BIN.</summary>
    /// <param name="IssuerCode">The issuer's 2-character code (the acquirer's too).</param>
    /// <param name="Company">The issuer's short Korean name, for the legacy <c>cardCompany</c>.</param>
    /// <param name="CardType"><c>신용</c>, <c>체크</c> or <c>기프트</c>.</param>
    /// <param name="OwnerType"><c>개인</c> or <c>법인</c>.</param>
    public sealed record KeyInCard(string IssuerCode, string Company, string CardType, string OwnerType);
}
