using System.Collections.Generic;

namespace TossPayments.Sandbox.Domain
{
    /// <summary>An API error answer: HTTP status, TossPayments code and message.</summary>
    /// <param name="Status">The HTTP status.</param>
    /// <param name="Code">The TossPayments code.</param>
    /// <param name="Message">The message; when null, the catalog's text in the request's language.</param>
    public sealed record ApiError(int Status, string Code, string? Message = null)
    {
        /// <summary>An error of a catalogued code, with its status and an optional more specific message.</summary>
        public static ApiError Of(string code, string? message = null) =>
            ErrorCatalog.TryGet(code, out var entry) ? new ApiError(entry.Status, code, message) : new ApiError(400, code, message);

        /// <summary>400 INVALID_REQUEST with a message saying what is wrong.</summary>
        public static ApiError InvalidRequest(string message) => new(400, "INVALID_REQUEST", message);
    }

    /// <summary>
    /// The error codes the sandbox knows, with the statuses of the API's per-endpoint tables (API
    /// notes §4). <c>TossPayments-Test-Code</c> accepts exactly these.
    /// </summary>
    public static class ErrorCatalog
    {
        /// <summary>A catalogued code's status and messages.</summary>
        /// <param name="Status">The HTTP status.</param>
        /// <param name="Korean">The default message.</param>
        /// <param name="English">The message under <c>Accept-Language: en-US</c>.</param>
        public sealed record Entry(int Status, string Korean, string English);

        private static readonly Dictionary<string, Entry> Entries = new()
        {
            ["INVALID_REQUEST"] = new(400, "잘못된 요청입니다.", "The request is invalid."),
            ["INVALID_API_KEY"] = new(400, "잘못된 시크릿키 연동 정보 입니다.", "The secret key integration information is invalid."),
            ["INVALID_IDEMPOTENCY_KEY"] = new(400, "멱등키는 300자 이하여야 합니다.", "The idempotency key must be at most 300 characters."),
            ["INVALID_TEST_CODE"] = new(400, "테스트 코드가 올바르지 않습니다.", "The test code is invalid."),
            ["ALREADY_PROCESSED_PAYMENT"] = new(400, "이미 처리된 결제 입니다.", "The payment has already been processed."),
            ["DUPLICATED_ORDER_ID"] = new(400, "이미 승인 및 취소가 진행된 중복된 주문번호 입니다. 다른 주문번호로 진행해주세요.", "The order id has already been used. Use another order id."),
            ["PROVIDER_ERROR"] = new(400, "일시적인 오류가 발생했습니다. 잠시 후 다시 시도해주세요.", "A temporary error occurred. Please try again later."),
            ["BELOW_MINIMUM_AMOUNT"] = new(400, "신용카드는 결제금액이 100원 이상, 계좌는 200원이상부터 결제가 가능합니다.", "The amount is below the minimum."),
            ["INVALID_CARD_EXPIRATION"] = new(400, "카드 정보를 다시 확인해주세요. (유효기간)", "Check the card's expiry date."),
            ["INVALID_STOPPED_CARD"] = new(400, "정지된 카드 입니다.", "The card is suspended."),
            ["INVALID_CARD_NUMBER"] = new(400, "카드번호를 다시 확인해주세요.", "Check the card number."),
            // Issuing a billing key by card number (API notes §10): the codes of the billing groupings, all 400.
            ["INVALID_CARD_PASSWORD"] = new(400, "카드 정보를 다시 확인해주세요. (비밀번호)", "Check the card's password."),
            ["INVALID_CARD_IDENTITY"] = new(400, "입력하신 주민번호/사업자번호가 카드 소유주 정보와 일치하지 않습니다.", "The birth date or business number does not match the card's owner."),
            ["INVALID_BIRTH_DAY_FORMAT"] = new(400, "생년월일 정보는 6자리의 `yyMMdd` 형식이어야 합니다. 사업자등록번호는 10자리의 숫자여야 합니다.", "A birth date must be 6 digits, yyMMdd; a business number 10 digits."),
            ["INVALID_REJECT_CARD"] = new(400, "카드 사용이 거절되었습니다. 카드사 문의가 필요합니다.", "The card was refused; the customer must ask the card company."),
            ["NOT_SUPPORTED_CARD_TYPE"] = new(400, "지원되지 않는 카드 종류입니다.", "The card type is not supported."),
            ["NOT_REGISTERED_CARD_COMPANY"] = new(400, "카드를 사용 등록 후 이용해주세요.", "The card must be registered for use with its card company first."),
            ["INVALID_EMAIL"] = new(400, "유효하지 않은 이메일 주소 형식입니다.", "The e-mail address is not valid."),
            ["NOT_SUPPORTED_METHOD"] = new(400, "지원되지 않는 결제 수단입니다.", "The payment method is not supported (no contract for it)."),
            ["EXCEED_MAX_DAILY_PAYMENT_COUNT"] = new(400, "하루 결제 가능 횟수를 초과했습니다.", "The daily payment count was exceeded."),
            ["EXCEED_MAX_PAYMENT_AMOUNT"] = new(400, "하루 결제 가능 금액을 초과했습니다.", "The payment amount limit was exceeded."),
            ["CARD_PROCESSING_ERROR"] = new(400, "카드사에서 오류가 발생했습니다.", "The card company reported an error."),
            ["NOT_AVAILABLE_PAYMENT"] = new(400, "결제가 불가능한 시간대입니다.", "Payments are not available at this time."),
            ["UNAPPROVED_ORDER_ID"] = new(400, "아직 승인되지 않은 주문번호입니다.", "The order id has not been approved yet."),
            ["ALREADY_CANCELED_PAYMENT"] = new(400, "이미 취소된 결제 입니다.", "The payment has already been canceled."),
            ["ALREADY_REFUND_PAYMENT"] = new(400, "이미 환불된 결제입니다.", "The payment has already been refunded."),
            ["NOT_MATCHES_REFUNDABLE_AMOUNT"] = new(400, "잔액 결과가 일치하지 않습니다.", "The refundable amount does not match."),
            ["INVALID_REFUND_ACCOUNT_INFO"] = new(400, "환불 계좌번호와 예금주명이 일치하지 않습니다.", "The refund account information is invalid."),
            ["INVALID_REFUND_ACCOUNT_NUMBER"] = new(400, "잘못된 환불 계좌번호입니다.", "The refund account number is invalid."),
            ["NOT_MATCHES_CUSTOMER_KEY"] = new(400, "빌링 인증 고객키와 결제 요청 고객키가 일치하지 않습니다.", "The customer key does not match the one the billing key was issued for."),
            ["INVALID_BILLING_AUTH"] = new(400, "유효하지 않은 빌링 인증입니다.", "The billing authentication is invalid."),
            ["INVALID_CUSTOMER_KEY"] = new(400, "customerKey는 영문 대소문자, 숫자, 특수문자 -, _, =, ., @ 로 2자 이상 300자 이하로 이루어져야 합니다.", "The customer key must be 2 to 300 of letters, digits and - _ = . @."),
            ["INVALID_BILL_KEY_REQUEST"] = new(400, "빌링키 인증이 완료되지 않았거나 유효하지 않은 빌링키입니다.", "The billing key is not authenticated or invalid."),
            // Seen only in third-party code and mocks, as 400 (API notes §10): the status and the messages are guesses.
            ["ALREADY_REMOVED_BILLING_KEY"] = new(400, "이미 삭제된 빌링키입니다.", "The billing key has already been removed."),
            ["INVALID_BANK"] = new(400, "유효하지 않은 은행입니다.", "The bank is invalid."),
            ["EXCEED_MAX_VALID_HOURS"] = new(400, "가상계좌의 최대 유효시간을 초과했습니다.", "The virtual account's valid hours exceed the maximum."),
            ["EXCEED_MAX_DUE_DATE"] = new(400, "가상계좌의 최대 유효기간을 초과했습니다.", "The virtual account's due date is beyond the maximum."),
            ["INVALID_VALID_HOURS_WITH_DUE_DATE_AND_SINGLE"] = new(400, "유효시간과 입금기한을 동시에 입력할 수 없습니다.", "validHours and dueDate cannot be given together."),
            ["DUPLICATED_CASH_RECEIPT"] = new(400, "이미 현금영수증이 발급된 주문입니다.", "This is a duplicate request that has already been issued."),
            ["INVALID_CASH_RECEIPT_INFO"] = new(400, "현금 영수증 정보가 잘못되었습니다.", "Cash receipt information is incorrect."),
            ["INVALID_BUSINESS_NUMBER"] = new(400, "사업자 등록번호가 잘못되었습니다.", "The business registration number is incorrect."),
            ["INVALID_REGISTRATION_NUMBER_TYPE"] = new(400, "유효하지 않은 등록 번호 타입입니다.", "The registration number type is invalid."),
            ["BELOW_ZERO_AMOUNT"] = new(400, "금액은 0보다 커야 합니다.", "The amount must be greater than 0."),
            ["INVALID_PAGING_KEY"] = new(400, "잘못된 페이징 키 입니다.", "Bad paging key."),
            ["REFUND_REJECTED"] = new(400, "환불이 거절됐습니다. 결제사에 문의 부탁드립니다.", "The refund was rejected."),
            ["UNAUTHORIZED_KEY"] = new(401, "인증되지 않은 시크릿 키 혹은 클라이언트 키 입니다.", "The secret key or client key is not authorized."),
            ["REJECT_CARD_PAYMENT"] = new(403, "한도초과 혹은 잔액부족으로 결제에 실패했습니다.", "The payment failed: over the limit or insufficient balance."),
            ["REJECT_CARD_COMPANY"] = new(403, "결제 승인이 거절되었습니다.", "The card company refused the payment."),
            ["EXCEED_MAX_AUTH_COUNT"] = new(403, "최대 인증 횟수를 초과했습니다. 카드사로 문의해주세요.", "Too many authentication attempts; the customer must ask the card company."),
            ["FDS_ERROR"] = new(403, "[토스페이먼츠] 위험거래가 감지되어 결제가 제한됩니다.", "The payment was restricted by fraud detection."),
            ["NOT_AVAILABLE_BANK"] = new(403, "은행 서비스 시간이 아닙니다.", "The bank is outside its service hours."),
            ["FORBIDDEN_REQUEST"] = new(403, "허용되지 않은 요청입니다.", "The request is not allowed."),
            ["INCORRECT_BASIC_AUTH_FORMAT"] = new(403, "잘못된 요청입니다. ':' 를 포함해 인코딩해주세요.", "Incorrect Basic auth format: encode the key followed by ':'."),
            ["FORBIDDEN_CONSECUTIVE_REQUEST"] = new(403, "반복적인 요청은 허용되지 않습니다. 잠시 후 다시 시도해주세요.", "Repeated requests are not allowed. Try again shortly."),
            ["NOT_CANCELABLE_AMOUNT"] = new(403, "취소 할 수 없는 금액 입니다.", "The amount cannot be canceled."),
            ["NOT_CANCELABLE_PAYMENT"] = new(403, "취소 할 수 없는 결제 입니다.", "The payment cannot be canceled."),
            ["NOT_ALLOWED_PARTIAL_REFUND"] = new(403, "부분 환불이 불가능합니다.", "A partial refund is not allowed."),
            ["NOT_ALLOWED_PARTIAL_REFUND_WAITING_DEPOSIT"] = new(403, "입금 대기중인 결제는 부분 환불이 불가합니다.", "A payment waiting for its deposit cannot be partly refunded."),
            ["EXCEED_MAX_REFUND_DUE"] = new(403, "환불 가능한 기간이 지났습니다.", "The refund period has passed."),
            ["NOT_FOUND_PAYMENT"] = new(404, "존재하지 않는 결제 정보 입니다.", "The payment does not exist."),
            ["NOT_FOUND_PAYMENT_SESSION"] = new(404, "결제 시간이 만료되어 결제 진행 데이터가 존재하지 않습니다.", "The payment session has expired."),
            ["NOT_FOUND"] = new(404, "존재하지 않는 정보 입니다.", "The information does not exist."),
            ["NOT_FOUND_HTTP_METHOD"] = new(404, "요청한 HTTP 메서드를 찾을 수 없습니다.", "The HTTP method or path was not found."),
            ["IDEMPOTENT_REQUEST_PROCESSING"] = new(409, "이전 멱등 요청이 처리중입니다.", "The earlier request with this idempotency key is still being processed."),
            ["TOO_MANY_REQUESTS"] = new(429, "비정상적으로 많은 요청입니다. 잠시 후 다시 시도해주세요.", "Too many requests. Try again later."),
            ["FAILED_PAYMENT_INTERNAL_SYSTEM_PROCESSING"] = new(500, "결제가 완료되지 않았어요. 다시 시도해주세요.", "The payment was not completed. Please try again."),
            ["FAILED_INTERNAL_SYSTEM_PROCESSING"] = new(500, "내부 시스템 처리 작업이 실패했습니다. 잠시 후 다시 시도해주세요.", "Internal processing failed. Try again later."),
            ["UNKNOWN_PAYMENT_ERROR"] = new(500, "결제에 실패했어요. 같은 문제가 반복된다면 은행이나 카드사로 문의해주세요.", "The payment failed. If it repeats, contact the bank or card company."),
            ["FAILED_REFUND_PROCESS"] = new(500, "은행 응답시간 지연이나 일시적인 오류로 환불요청에 실패했습니다.", "The refund failed: the bank was slow or a temporary error occurred."),
            ["COMMON_ERROR"] = new(500, "일시적인 오류가 발생했습니다. 잠시 후 다시 시도해주세요.", "A temporary error occurred. Try again later."),
        };

        // Refusals after which nothing was done and a later repeat may succeed (API notes §4, class T).
        private static readonly HashSet<string> Temporary =
        [
            "PROVIDER_ERROR", "CARD_PROCESSING_ERROR", "NOT_AVAILABLE_PAYMENT", "NOT_AVAILABLE_BANK", "FORBIDDEN_CONSECUTIVE_REQUEST",
            "IDEMPOTENT_REQUEST_PROCESSING", "TOO_MANY_REQUESTS",
        ];

        /// <summary>Whether a code is a temporary refusal that a repeat may get past.</summary>
        public static bool IsTemporary(string code) => Temporary.Contains(code);

        /// <summary>Looks a code up.</summary>
        public static bool TryGet(string code, out Entry entry) => Entries.TryGetValue(code, out entry!);

        /// <summary>The message of a code in the request's language.</summary>
        public static string MessageFor(string code, bool english) =>
            Entries.TryGetValue(code, out var entry) ? (english ? entry.English : entry.Korean) : code;
    }
}
