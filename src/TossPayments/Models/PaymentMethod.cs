// The members are named as the API names the values (PARTIAL_CANCELED, VIRTUAL_ACCOUNT…), so that
// PowerShell users filter, sort, group and export in the API's own vocabulary.
#pragma warning disable CA1707 // Identifiers should not contain underscores

namespace TossPayments.Models
{
    /// <summary>The means of payment. The API sends Korean names by default and English ones under <c>Accept-Language: en-US</c>; both map.</summary>
    public enum PaymentMethod
    {
        /// <summary>A value this library does not know yet; the raw string is in <see cref="Payment.RawMethod"/>.</summary>
        UNKNOWN = 0,

        /// <summary>카드.</summary>
        [ApiValue("카드", "CARD")]
        CARD,

        /// <summary>가상계좌.</summary>
        [ApiValue("가상계좌", "VIRTUAL_ACCOUNT")]
        VIRTUAL_ACCOUNT,

        /// <summary>간편결제.</summary>
        [ApiValue("간편결제", "EASY_PAY")]
        EASY_PAY,

        /// <summary>휴대폰.</summary>
        [ApiValue("휴대폰", "MOBILE_PHONE")]
        MOBILE_PHONE,

        /// <summary>계좌이체.</summary>
        [ApiValue("계좌이체", "TRANSFER")]
        TRANSFER,

        /// <summary>문화상품권.</summary>
        [ApiValue("문화상품권", "CULTURE_GIFT_CERTIFICATE")]
        CULTURE_GIFT_CERTIFICATE,

        /// <summary>도서문화상품권.</summary>
        [ApiValue("도서문화상품권", "BOOK_GIFT_CERTIFICATE")]
        BOOK_GIFT_CERTIFICATE,

        /// <summary>게임문화상품권.</summary>
        [ApiValue("게임문화상품권", "GAME_GIFT_CERTIFICATE")]
        GAME_GIFT_CERTIFICATE,
    }
}
