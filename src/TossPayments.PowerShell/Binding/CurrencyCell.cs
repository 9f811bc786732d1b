namespace TossPayments.PowerShell.Binding
{
    /// <summary>
    /// A currency as a parameter or CSV cell gives it. Empty or KRW, in any case, is the API's
    /// default and is not sent; anything else is put in upper case for the request, whose own
    /// check says whether the API takes it.
    /// </summary>
    internal static class CurrencyCell
    {
        public static string? Read(string? cell)
        {
            var code = cell?.Trim().ToUpperInvariant();
            return string.IsNullOrEmpty(code) || code == "KRW" ? null : code;
        }
    }
}
