namespace TossPayments.Models
{
    /// <summary>The means of payment. The API sends Korean names by default and English ones under <c>Accept-Language: en-US</c>; both map.</summary>
    public enum PaymentMethod
    {
        /// <summary>A value this library does not know yet; the raw string is in <see cref="Payment.RawMethod"/>.</summary>
        Unknown = 0,

        /// <summary>카드.</summary>
        [ApiValue("카드", "CARD")]
        Card,

        /// <summary>가상계좌.</summary>
        [ApiValue("가상계좌", "VIRTUAL_ACCOUNT")]
        VirtualAccount,

        /// <summary>간편결제.</summary>
        [ApiValue("간편결제", "EASY_PAY")]
        EasyPay,

        /// <summary>휴대폰.</summary>
        [ApiValue("휴대폰", "MOBILE_PHONE")]
        MobilePhone,

        /// <summary>계좌이체.</summary>
        [ApiValue("계좌이체", "TRANSFER")]
        Transfer,

        /// <summary>문화상품권.</summary>
        [ApiValue("문화상품권", "CULTURE_GIFT_CERTIFICATE")]
        CultureGiftCertificate,

        /// <summary>도서문화상품권.</summary>
        [ApiValue("도서문화상품권", "BOOK_GIFT_CERTIFICATE")]
        BookGiftCertificate,

        /// <summary>게임문화상품권.</summary>
        [ApiValue("게임문화상품권", "GAME_GIFT_CERTIFICATE")]
        GameGiftCertificate,
    }
}
