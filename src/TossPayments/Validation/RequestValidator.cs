using System;
using System.Linq;
using TossPayments.Payments;
using TossPayments.Reports;

namespace TossPayments.Validation
{
    /// <summary>
    /// The API's rules for request values (API notes §2), checked before anything is sent
    /// so that a bad value costs no request and gets a specific error. The one home of these
    /// rules: the request types' <c>Validate</c> methods compose them, the client calls those,
    /// and so do the cmdlets before they ask to go ahead.
    /// </summary>
    internal static partial class RequestValidator
    {
        // Characters that give a path structure, raw or once a server decodes them.
        private static readonly char[] PathCharacters = ['/', '\\', '?', '#', '%'];

        /// <summary>The longest payment key.</summary>
        public const int MaxPaymentKeyLength = 200;

        /// <summary>The shortest order id.</summary>
        public const int MinOrderIdLength = 6;

        /// <summary>The longest order id.</summary>
        public const int MaxOrderIdLength = 64;

        /// <summary>The longest cancel reason.</summary>
        public const int MaxCancelReasonLength = 200;

        /// <summary>The longest idempotency key.</summary>
        public const int MaxIdempotencyKeyLength = 300;

        /// <summary>The longest refund account number.</summary>
        public const int MaxAccountNumberLength = 20;

        /// <summary>The most items a list page holds (transactions and settlements).</summary>
        public const int MaxPageSize = TransactionQuery.MaxLimit;

        /// <summary>The longest refund account holder name.</summary>
        public const int MaxHolderNameLength = 60;

        /// <summary>The longest a virtual account may stay open: 90 days.</summary>
        public const int MaxValidHours = 2160;

        /// <summary>A payment key: 1 to 200 characters, no white space or control characters, not a dot segment.</summary>
        public static void PaymentKey(string? paymentKey) => KeyInPath(paymentKey, MaxPaymentKeyLength, "InvalidPaymentKey", "paymentKey", "payment key");

        // A key the API issued that becomes a path segment: not empty, not too long, no white space or control characters, not a dot segment.
        private static void KeyInPath(string? key, int maxLength, string errorId, string parameterName, string what)
        {
            if (string.IsNullOrWhiteSpace(key))
            {
                throw Invalid(errorId, parameterName, $"The {what} is empty.");
            }

            if (key!.Length > maxLength)
            {
                throw Invalid(errorId, parameterName, $"The {what} is {key.Length} characters long; the most is {maxLength}.");
            }

            if (HasWhiteSpaceOrControl(key))
            {
                throw Invalid(errorId, parameterName, $"The {what} '{Printable(key)}' contains white space or control characters.");
            }

            PathSegment(key, errorId, parameterName);
        }

        /// <summary>
        /// A value that becomes one segment of a request path. Escaping keeps '/' and '?' inside
        /// it for a server that reads paths strictly, but '.' and '..' are not escaped and would
        /// move the request to another endpoint (<c>/v1/payments/../cancel</c> is
        /// <c>/v1/cancel</c>), and a proxy or server that decodes <c>%2F</c> before routing would
        /// do the same with an escaped '/'. So a value of only dots, or one holding / \ ? # or %,
        /// is refused: no key the API issues has them.
        /// </summary>
        public static void PathSegment(string value, string errorId, string parameterName)
        {
            if (value is null || value.Trim('.').Length == 0)
            {
                throw Invalid(errorId, parameterName, $"The {parameterName} '{Printable(value ?? "")}' is empty or only dots, which would address another path.");
            }

            var bad = value.IndexOfAny(PathCharacters);
            if (bad >= 0)
            {
                throw Invalid(errorId, parameterName, $"The {parameterName} '{Printable(value)}' contains '{value[bad]}', which could address another path; no key TossPayments issues has one.");
            }
        }

        /// <summary>An order id for a new payment (a confirm): 6 to 64 characters of <c>A-Z a-z 0-9 - _</c>.</summary>
        public static void OrderId(string? orderId)
        {
            if (string.IsNullOrWhiteSpace(orderId))
            {
                throw Invalid("InvalidOrderId", "orderId", "The order id is empty.");
            }

            if (orderId!.Length < MinOrderIdLength || orderId.Length > MaxOrderIdLength)
            {
                throw Invalid("InvalidOrderId", "orderId", $"The order id '{Printable(orderId)}' is {orderId.Length} characters long; it must be {MinOrderIdLength} to {MaxOrderIdLength}.");
            }

            foreach (var c in orderId)
            {
                if (!IsOrderIdChar(c))
                {
                    throw Invalid("InvalidOrderId", "orderId", $"The order id '{Printable(orderId)}' contains '{Printable(c.ToString())}'; only letters A-Z a-z, digits, '-' and '_' are allowed.");
                }
            }
        }

        /// <summary>
        /// An order id to look a payment up by: only what its path needs (not empty, no white space
        /// or control characters, a path segment). The creation rule of <see cref="OrderId"/> is
        /// not applied, so payments made under older rules (the API's own message still mentions
        /// '=') can be found.
        /// </summary>
        public static void OrderIdToLookUp(string? orderId)
        {
            if (string.IsNullOrWhiteSpace(orderId))
            {
                throw Invalid("InvalidOrderId", "orderId", "The order id is empty.");
            }

            if (HasWhiteSpaceOrControl(orderId!))
            {
                throw Invalid("InvalidOrderId", "orderId", $"The order id '{Printable(orderId!)}' contains white space or control characters.");
            }

            PathSegment(orderId!, "InvalidOrderId", "orderId");
        }

        /// <summary>A payment amount: more than zero, at most two decimal places (USD cents).</summary>
        public static void Amount(decimal amount, string parameterName = "amount")
        {
            if (amount <= 0)
            {
                throw Invalid("InvalidAmount", parameterName, $"The {parameterName} {amount} must be more than zero.");
            }

            if (decimal.Round(amount, 2) != amount)
            {
                throw Invalid("InvalidAmount", parameterName, $"The {parameterName} {amount} has more than two decimal places.");
            }
        }

        /// <summary>An amount in whole units of its currency: only USD (PayPal) amounts carry cents.</summary>
        public static void WholeUnits(decimal amount, string? currency, string parameterName)
        {
            if (currency != "USD" && decimal.Truncate(amount) != amount)
            {
                throw Invalid("InvalidAmount", parameterName, $"The {parameterName} {amount} has a fraction; {currency ?? "KRW"} amounts are whole {(currency is null or "KRW" ? "won" : "units")} (only USD payments have cents).");
            }
        }

        // The currencies a cancel may name: the payment's own, one of these (API notes §8e).
        /// <summary>The currencies the API takes.</summary>
        public static readonly string[] Currencies = { "KRW", "USD", "JPY" };

        /// <summary>A payment currency when given: <c>KRW</c>, <c>USD</c> or <c>JPY</c> (API notes §8e).</summary>
        public static void Currency(string? currency)
        {
            if (currency is not null && Array.IndexOf(Currencies, currency) < 0)
            {
                throw Invalid("InvalidCurrency", "currency", $"The currency '{Printable(currency)}' is not one the API takes: KRW, USD or JPY (USD only for PayPal), the payment's own.");
            }
        }

        /// <summary>
        /// An idempotency key, when given: 1 to 300 characters of printable ASCII (letters, digits
        /// and punctuation; no spaces). It travels as an HTTP header, which carries nothing else.
        /// </summary>
        public static void IdempotencyKey(string? idempotencyKey)
        {
            if (idempotencyKey is null)
            {
                return;
            }

            if (idempotencyKey.Length == 0 || idempotencyKey.Length > MaxIdempotencyKeyLength || !IsPrintableAscii(idempotencyKey))
            {
                throw Invalid("InvalidIdempotencyKey", "idempotencyKey",
                    $"The idempotency key '{Printable(idempotencyKey)}' must be 1 to {MaxIdempotencyKeyLength} characters of printable ASCII (A-Z a-z 0-9 and punctuation such as - _ . :, no spaces); it has {idempotencyKey.Length}.");
            }
        }

        /// <summary>A <c>TossPayments-Test-Code</c>, when given: an error code such as <c>NOT_FOUND_PAYMENT</c>, in printable ASCII.</summary>
        public static void TestCode(string? testCode)
        {
            if (!string.IsNullOrEmpty(testCode) && !IsPrintableAscii(testCode!))
            {
                throw Invalid("InvalidTestCode", "testCode", $"The test code '{Printable(testCode!)}' must be printable ASCII, such as NOT_FOUND_PAYMENT.");
            }
        }

        /// <summary>A confirm request.</summary>
        public static void Confirm(ConfirmPaymentRequest request)
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            PaymentKey(request.PaymentKey);
            OrderId(request.OrderId);
            Currency(request.Currency);
            Amount(request.Amount);
            WholeUnits(request.Amount, request.Currency, "amount");
        }

        /// <summary>A cancel request for the given payment key.</summary>
        public static void Cancel(string paymentKey, CancelPaymentRequest request)
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            PaymentKey(paymentKey);
            if (string.IsNullOrWhiteSpace(request.CancelReason))
            {
                throw Invalid("InvalidCancelReason", "cancelReason", "A cancel reason is required.");
            }

            if (request.CancelReason.Length > MaxCancelReasonLength)
            {
                throw Invalid("InvalidCancelReason", "cancelReason", $"The cancel reason is {request.CancelReason.Length} characters long; the most is {MaxCancelReasonLength}.");
            }

            Currency(request.Currency);
            if (request.CancelAmount is decimal cancelAmount)
            {
                Amount(cancelAmount, "cancelAmount");
                WholeUnits(cancelAmount, request.Currency, "cancelAmount");
            }

            TaxFree(request.TaxFreeAmount, request.CancelAmount, "cancel amount", request.Currency);

            if (request.RefundReceiveAccount is RefundReceiveAccount account)
            {
                RefundAccount(account);
            }
        }

        /// <summary>A virtual-account refund account: bank code, digits-only account number, holder name.</summary>
        public static void RefundAccount(RefundReceiveAccount account)
        {
            if (account is null)
            {
                throw new ArgumentNullException(nameof(account));
            }

            if (string.IsNullOrWhiteSpace(account.Bank) || account.Bank.Length > 10 || HasWhiteSpaceOrControl(account.Bank))
            {
                throw Invalid("InvalidRefundAccount", "refundReceiveAccount.bank", "The refund bank must be a bank code such as '88' (Shinhan) or '20' (Woori).");
            }

            if (string.IsNullOrEmpty(account.AccountNumber) || account.AccountNumber.Length > MaxAccountNumberLength || !IsAllDigits(account.AccountNumber))
            {
                throw Invalid("InvalidRefundAccount", "refundReceiveAccount.accountNumber",
                    $"The refund account number must be 1 to {MaxAccountNumberLength} digits with no dashes or spaces.");
            }

            if (string.IsNullOrWhiteSpace(account.HolderName) || account.HolderName.Length > MaxHolderNameLength)
            {
                throw Invalid("InvalidRefundAccount", "refundReceiveAccount.holderName", $"The refund account holder name must be 1 to {MaxHolderNameLength} characters.");
            }
        }

        /// <summary>A virtual-account issue: a new order id, names, a whole-won amount, an issuing bank, one way of setting the due date.</summary>
        public static void IssueVirtualAccount(IssueVirtualAccountRequest request)
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            NewOrderInWon(request.OrderId, request.OrderName, request.Amount);
            Text(request.CustomerName, "customerName", 100);
            if (!IssueVirtualAccountRequest.IssuingBanks.Contains(request.Bank))
            {
                throw Invalid("InvalidBank", "bank",
                    $"The bank '{Printable(request.Bank ?? "")}' does not issue virtual accounts; give one of the 2-character codes {string.Join(", ", IssueVirtualAccountRequest.IssuingBanks)} (a string: keep the leading zero).");
            }

            if (request.ValidHours is not null && request.DueDate is not null)
            {
                throw Invalid("InvalidDueDate", "validHours", "Give validHours or dueDate, not both: the API refuses the two together.");
            }

            if (request.ValidHours is < 1 or > MaxValidHours)
            {
                throw Invalid("InvalidValidHours", "validHours", $"validHours {request.ValidHours} must be from 1 to {MaxValidHours} (90 days).");
            }

            TaxFree(request.TaxFreeAmount, request.Amount, "amount", null);

            if (request.CustomerEmail is { } email)
            {
                Text(email, "customerEmail", 100);
            }

            if (request.CustomerMobilePhone is { } phone && (phone.Length is < 8 or > 15 || !IsAllDigits(phone)))
            {
                throw Invalid("InvalidMobilePhone", "customerMobilePhone", $"The mobile number '{Printable(phone)}' must be 8 to 15 digits, with no dashes or spaces.");
            }
        }

        /// <summary>A customer key for billing: 2 to 300 of letters, digits and <c>- _ = . @</c>.</summary>
        public static void CustomerKey(string? customerKey)
        {
            if (customerKey is null || customerKey.Length is < 2 or > 300 || !customerKey.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '=' or '.' or '@'))
            {
                throw Invalid("InvalidCustomerKey", "customerKey",
                    $"The customer key '{Printable(customerKey ?? "")}' must be 2 to 300 of letters, digits and - _ = . @ (an unguessable one, such as a UUID).");
            }
        }

        /// <summary>A billing key to charge: 1 to 200 characters with no white space; '=' is fine (it is escaped in the path).</summary>
        public static void BillingKey(string? billingKey)
        {
            if (string.IsNullOrEmpty(billingKey) || billingKey!.Length > 200 || HasWhiteSpaceOrControl(billingKey))
            {
                throw Invalid("InvalidBillingKey", "billingKey", $"The billing key {Models.BillingKeys.Mask(billingKey)} must be 1 to 200 characters with no white space.");
            }
        }

        /// <summary>A billing period's label, part of derived order ids: 1 to 40 of A-Z a-z 0-9 - _.</summary>
        public static void BillingPeriod(string? period)
        {
            if (string.IsNullOrEmpty(period) || period!.Length > 40 || !period.All(IsOrderIdChar))
            {
                throw Invalid("InvalidPeriod", "period", $"The period '{Printable(period ?? "")}' must be 1 to 40 of A-Z a-z 0-9 - _ (such as 2026-11): it starts each charge's order id.");
            }
        }

        /// <summary>The attempt of a charge, part of its derived idempotency key: 1 to 99.</summary>
        public static void ChargeAttempt(int attempt)
        {
            if (attempt is < 1 or > 99)
            {
                throw Invalid("InvalidAttempt", "attempt", $"The attempt {attempt} must be 1 to 99.");
            }
        }

        /// <summary>A billing key issue: an auth key of at most 300 characters and a customer key.</summary>
        public static void IssueBillingKey(IssueBillingKeyRequest request)
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            if (string.IsNullOrWhiteSpace(request.AuthKey) || request.AuthKey.Length > 300 || HasWhiteSpaceOrControl(request.AuthKey))
            {
                throw Invalid("InvalidAuthKey", "authKey", "The auth key must be 1 to 300 characters with no white space: the one the billing window's success URL carried.");
            }

            CustomerKey(request.CustomerKey);
        }

        /// <summary>A billing charge: the key, its customer, a new order id, a whole-won amount, installments 0 or 2 to 12 from 50,000 won.</summary>
        public static void BillingCharge(string billingKey, BillingChargeRequest request)
        {
            if (request is null)
            {
                throw new ArgumentNullException(nameof(request));
            }

            BillingKey(billingKey);
            CustomerKey(request.CustomerKey);
            NewOrderInWon(request.OrderId, request.OrderName, request.Amount);
            TaxFree(request.TaxFreeAmount, request.Amount, "amount", null);

            if (request.CardInstallmentPlan is int months && months != 0 && (months is < 2 or > 12 || request.Amount < 50000))
            {
                throw Invalid("InvalidInstallmentPlan", "cardInstallmentPlan", $"Installments of {months} months: give 0, or 2 to 12 for an amount of 50,000 won or more.");
            }

            if (request.CustomerEmail is { } email)
            {
                Text(email, "customerEmail", 100);
            }

            if (request.CustomerName is { } name)
            {
                Text(name, "customerName", 100);
            }
        }

        // A new order paid in won: its id, a name of 1 to 100 characters, an amount of whole won.
        private static void NewOrderInWon(string orderId, string orderName, decimal amount)
        {
            OrderId(orderId);
            Text(orderName, "orderName", 100);
            Amount(amount);
            WholeUnits(amount, null, "amount");
        }

        // The tax-free part of an amount: not negative, in whole units, not more than the amount (when there is one).
        private static void TaxFree(decimal? taxFree, decimal? ofAmount, string amountName, string? currency)
        {
            if (taxFree is not decimal part)
            {
                return;
            }

            if (part < 0)
            {
                throw Invalid("InvalidTaxFreeAmount", "taxFreeAmount", $"The tax-free amount {part} cannot be negative.");
            }

            WholeUnits(part, currency, "taxFreeAmount");
            if (ofAmount is decimal amount && part > amount)
            {
                throw Invalid("InvalidTaxFreeAmount", "taxFreeAmount", $"The tax-free amount {part} is more than the {amountName} {amount}.");
            }
        }

        // Text the API takes up to a length: not empty, not longer.
        private static void Text(string? value, string parameterName, int maxLength)
        {
            if (string.IsNullOrWhiteSpace(value) || value!.Length > maxLength)
            {
                throw Invalid("InvalidText", parameterName, $"The {parameterName} must be 1 to {maxLength} characters.");
            }
        }

        /// <summary>A transactions query: the window in order, a page size of 1 to 5000, a cursor without white space.</summary>
        public static void Transactions(TransactionQuery query)
        {
            if (query is null)
            {
                throw new ArgumentNullException(nameof(query));
            }

            if (query.StartDate > query.EndDate)
            {
                throw Invalid("InvalidDateRange", "startDate", $"The start {KoreaTime.FormatDateTime(query.StartDate)} is after the end {KoreaTime.FormatDateTime(query.EndDate)} (Korea time).");
            }

            PageSize(query.Limit, "limit");
            if (query.StartingAfter != null && (query.StartingAfter.Length == 0 || HasWhiteSpaceOrControl(query.StartingAfter)))
            {
                throw Invalid("InvalidTransactionKey", "startingAfter", $"The cursor '{Printable(query.StartingAfter)}' is not a transaction key.");
            }
        }

        /// <summary>A settlements query: the days in order, a page from 1, a page size of 1 to 5000.</summary>
        public static void Settlements(SettlementQuery query)
        {
            if (query is null)
            {
                throw new ArgumentNullException(nameof(query));
            }

            if (query.StartDate > query.EndDate)
            {
                throw Invalid("InvalidDateRange", "startDate", $"The start {KoreaTime.FormatDate(query.StartDate)} is after the end {KoreaTime.FormatDate(query.EndDate)}.");
            }

            if (query.Page < 1)
            {
                throw Invalid("InvalidPage", "page", $"The page {query.Page} must be 1 or more.");
            }

            PageSize(query.Size, "size");
        }

        /// <summary>A page size: 1 to <paramref name="maxSize"/> (<see cref="MaxPageSize"/> unless the list takes more).</summary>
        public static void PageSize(int size, string parameterName, int maxSize = MaxPageSize)
        {
            if (size < 1 || size > maxSize)
            {
                throw Invalid("InvalidPageSize", parameterName, $"The page size {size} must be from 1 to {maxSize}.");
            }
        }

        private static TossPaymentsValidationException Invalid(string errorId, string parameterName, string message) =>
            new TossPaymentsValidationException(errorId, parameterName, message);

        private static bool IsOrderIdChar(char c) =>
            (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';

        private static bool IsAllDigits(string value)
        {
            foreach (var c in value)
            {
                if (c < '0' || c > '9')
                {
                    return false;
                }
            }

            return true;
        }

        // What an HTTP header value may carry: '!' to '~'.
        private static bool IsPrintableAscii(string value)
        {
            foreach (var c in value)
            {
                if (c < '!' || c > '~')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool HasWhiteSpaceOrControl(string value)
        {
            foreach (var c in value)
            {
                if (char.IsWhiteSpace(c) || char.IsControl(c))
                {
                    return true;
                }
            }

            return false;
        }

        // Keeps error messages on one line and bounded, whatever the bad value holds.
        private static string Printable(string value)
        {
            var shown = value.Length > 80 ? value.Substring(0, 80) + "…" : value;
            var chars = shown.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
            {
                if (char.IsControl(chars[i]))
                {
                    chars[i] = '?';
                }
            }

            return new string(chars);
        }
    }
}
