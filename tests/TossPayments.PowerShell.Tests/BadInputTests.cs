using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using TossPayments.PowerShell.Tests.Infrastructure;
using TossPayments.Sandbox.Domain;

namespace TossPayments.PowerShell.Tests
{
    /// <summary>
    /// Bad input, table-driven: each bad row gets one error with a specific ErrorId, category
    /// InvalidArgument and the row as target; nothing is sent for it; the good row after it is processed.
    /// </summary>
    public sealed class BadInputTests : ModuleTest
    {
        private const string Good = "{good}";
        private const string Balance = "{balance}";

        public static IEnumerable<object[]> Cases()
        {
            object[] Stop(string name, string errorId, string header, string badRow) => ["Stop-TossPayment -Force", name, errorId, header, badRow];
            object[] Confirm(string name, string errorId, string badRow) => ["Confirm-TossPayment", name, errorId, "paymentKey,orderId,amount", badRow];
            object[] Get(string name, string errorId, string header, string badRow) => ["Get-TossPayment", name, errorId, header, badRow];
            var longText = new string('x', 201);

            yield return Stop("empty payment key", "InvalidPaymentKey", "paymentKey,cancelReason", ",reason");
            yield return Stop("white-space payment key", "InvalidPaymentKey", "paymentKey,cancelReason", "   ,reason");
            yield return Stop("payment key with a space inside", "InvalidPaymentKey", "paymentKey,cancelReason", "abc def,reason");
            yield return Stop("payment key over 200", "InvalidPaymentKey", "paymentKey,cancelReason", longText + ",reason");
            yield return Stop("missing cancel reason", "InvalidCancelReason", "paymentKey,cancelReason", Good + ",");
            yield return Stop("white-space cancel reason", "InvalidCancelReason", "paymentKey,cancelReason", Good + ",  ");
            yield return Stop("cancel reason over 200", "InvalidCancelReason", "paymentKey,cancelReason", Good + "," + longText);
            yield return Stop("zero cancel amount", "InvalidAmount", "paymentKey,cancelReason,cancelAmount", Good + ",r,0");
            yield return Stop("negative cancel amount", "InvalidAmount", "paymentKey,cancelReason,cancelAmount", Good + ",r,-500");
            yield return Stop("fractional KRW cancel amount", "InvalidAmount", "paymentKey,cancelReason,cancelAmount", Good + ",r,1000.5");
            yield return Stop("cancel amount over the row's balance", "InvalidAmount", "paymentKey,cancelReason,cancelAmount,balanceAmount", Good + ",r,5000," + Balance);
            yield return Stop("non-numeric cancel amount", "InvalidAmount", "paymentKey,cancelReason,cancelAmount", Good + ",r,lots");
            yield return Stop("tax-free over the cancel amount", "InvalidTaxFreeAmount", "paymentKey,cancelReason,cancelAmount,taxFreeAmount", Good + ",r,1000,2000");
            yield return Stop("negative tax-free amount", "InvalidTaxFreeAmount", "paymentKey,cancelReason,taxFreeAmount", Good + ",r,-1");
            yield return Stop("refund bank without the rest", "InvalidRefundAccount", "paymentKey,cancelReason,bank", Good + ",r,88");
            yield return Stop("refund account number with dashes", "InvalidRefundAccount", "paymentKey,cancelReason,bank,accountNumber,holderName", Good + ",r,88,123-456-789,김토스");
            yield return Stop("refund account number over 20", "InvalidRefundAccount", "paymentKey,cancelReason,bank,accountNumber,holderName", Good + ",r,88," + new string('1', 21) + ",김토스");
            yield return Stop("refund holder over 60", "InvalidRefundAccount", "paymentKey,cancelReason,bank,accountNumber,holderName", Good + ",r,88,1234567890," + new string('h', 61));
            yield return Stop("idempotency key over 300", "InvalidIdempotencyKey", "paymentKey,cancelReason,idempotencyKey", Good + ",r," + new string('k', 301));
            yield return Stop("idempotency key with a space", "InvalidIdempotencyKey", "paymentKey,cancelReason,idempotencyKey", Good + ",r,my key");
            yield return Stop("unknown currency", "InvalidCurrency", "paymentKey,cancelReason,currency", Good + ",r,EUR");
            yield return Stop("row missing the cancel reason column", "InputObjectMissingMandatory", "paymentKey,note", Good + ",n");
            yield return Confirm("order id under 6", "InvalidOrderId", Good + ",abc,1000");
            yield return Confirm("order id over 64", "InvalidOrderId", Good + "," + new string('o', 65) + ",1000");
            yield return Confirm("order id with a dot", "InvalidOrderId", Good + ",order.123456,1000");
            yield return Confirm("empty order id", "InvalidOrderId", Good + ",,1000");
            yield return Confirm("zero amount", "InvalidAmount", Good + ",ORDER-000001,0");
            yield return Confirm("negative amount", "InvalidAmount", Good + ",ORDER-000001,-1000");
            yield return Confirm("fractional KRW amount", "InvalidAmount", Good + ",ORDER-000001,1000.25");
            yield return ["Confirm-TossPayment", "cents without USD", "InvalidAmount", "paymentKey,orderId,amount,currency", Good + ",ORDER-000001,10.5,KRW"];
            yield return ["Confirm-TossPayment", "unknown currency", "InvalidCurrency", "paymentKey,orderId,amount,currency", Good + ",ORDER-000001,1000,EUR"];
            yield return Confirm("non-numeric amount", "InvalidAmount", Good + ",ORDER-000001,ten");
            yield return Confirm("empty payment key", "InvalidPaymentKey", ",ORDER-000001,1000");
            yield return Get("order id with a space", "InvalidOrderId", "orderId", "ORDER 000001");
            yield return Get("order id with a slash", "InvalidOrderId", "orderId", "ORDER/../000001");
            yield return Get("payment key with a tab", "InvalidPaymentKey", "paymentKey", "abc\tdef");
            yield return Get("empty payment key", "InvalidPaymentKey", "paymentKey,note", ",x");
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Bad_row_gets_a_specific_InvalidArgument_error_sends_nothing_and_the_next_row_goes_on(string command, string name, string errorId, string header, string badRow)
        {
            var good = command.StartsWith("Confirm", System.StringComparison.Ordinal) ? Sandbox.Store.All.First(p => p.Status == SandboxStatus.IN_PROGRESS) : DoneCards(1)[0];
            var bad = CsvRows.Parse($"{header}\n{badRow.Replace(Good, good.PaymentKey).Replace(Balance, "3000")}")[0];
            var goodRow = command switch
            {
                "Confirm-TossPayment" => CsvRows.Parse($"paymentKey,orderId,amount\n{good.PaymentKey},{good.OrderId},{good.TotalAmount}")[0],
                "Get-TossPayment" => CsvRows.Parse($"paymentKey\n{good.PaymentKey}")[0],
                _ => CsvRows.Parse($"paymentKey,cancelReason\n{good.PaymentKey},ok")[0],
            };

            var result = Session.Run("$input | " + command, [bad, goodRow]);

            var error = Assert.Single(result.Errors);
            Assert.True(error.FullyQualifiedErrorId.StartsWith(errorId + ",", System.StringComparison.Ordinal), $"{name}: {error.FullyQualifiedErrorId}: {error}");
            Assert.Equal(CategoryOf(errorId), error.CategoryInfo.Category);
            Assert.Same(bad, error.TargetObject);
            Assert.Single(result.Output);
            Assert.Single(Sandbox.Requests.Entries);
        }

        // Text that is not a number never reaches the cmdlet: PowerShell's binder refuses it with
        // its own error, which names the parameter and the text, and files it as InvalidData.
        private static ErrorCategory CategoryOf(string errorId) =>
            errorId == "ParameterArgumentTransformationError" ? ErrorCategory.InvalidData : ErrorCategory.InvalidArgument;

        [Fact]
        public void Null_on_the_pipeline_is_an_error_and_the_next_item_goes_on()
        {
            var good = DoneCards(1)[0];

            var result = Session.Run("$null, [pscustomobject]@{ PaymentKey = $key } | Stop-TossPayment -CancelReason r -Force",
                variables: new Dictionary<string, object?> { ["key"] = good.PaymentKey });

            Assert.Equal(ErrorCategory.InvalidArgument, Assert.Single(result.Errors).CategoryInfo.Category);
            Assert.Single(result.Output);
        }

        [Fact]
        public void Wrong_typed_object_on_the_pipeline_is_an_error_carrying_it_and_the_next_item_goes_on()
        {
            var good = DoneCards(1)[0];

            var result = Session.Run("42, [pscustomobject]@{ PaymentKey = $key } | Stop-TossPayment -CancelReason r -Force",
                variables: new Dictionary<string, object?> { ["key"] = good.PaymentKey });

            var error = Assert.Single(result.Errors);
            Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
            Assert.Equal(42, error.TargetObject);
            Assert.Single(result.Output);
            Assert.Single(Sandbox.Requests.Entries);
        }

        [Fact]
        public void Refund_account_hashtable_missing_a_part_names_the_missing_part()
        {
            var result = Session.Run($"Stop-TossPayment {DoneCards(1)[0].PaymentKey} -CancelReason r -RefundReceiveAccount @{{ bank = '88'; accountNumber = '1234567890' }} -Force");

            var error = Assert.Single(result.Errors);
            Assert.StartsWith("InvalidRefundAccount,", error.FullyQualifiedErrorId);
            Assert.Contains("holder", error.Exception.Message);
            Assert.Equal(0, Sandbox.Requests.Count);
        }
    }
}
