using System.Linq;
using TossPayments.PowerShell.Tests.Infrastructure;
using TossPayments.Sandbox.Domain;

namespace TossPayments.PowerShell.Tests
{
    public sealed class BindingTests : ModuleTest
    {
        [Theory]
        [InlineData("paymentKey,cancelReason,cancelAmount")]
        [InlineData("PaymentKey,CancelReason,CancelAmount")]
        [InlineData("payment_key,cancel_reason,cancel_amount")]
        [InlineData("PAYMENTKEY,REASON,CANCELAMOUNT")]
        public void Csv_rows_bind_by_column_name_whatever_the_case_or_spelling(string header)
        {
            var (a, b) = (DoneCards(2)[0], DoneCards(2)[1]);
            var rows = CsvRows.Parse($"{header}\n{a.PaymentKey},고객 변심,1000\n{b.PaymentKey},재고 없음,\"2,500\"");

            var result = Session.Run("$input | Stop-TossPayment -Force", rows);

            result.AssertNoErrors();
            Assert.Equal(2, result.Output.Count);
            Assert.Equal((1000m, "고객 변심"), (a.Cancels.Single().CancelAmount, a.Cancels.Single().CancelReason));
            Assert.Equal((2500m, "재고 없음"), (b.Cancels.Single().CancelAmount, b.Cancels.Single().CancelReason));
            Assert.Equal(2, Sandbox.Store.Ledger.Entries.Count);
        }

        [Fact]
        public void Empty_cancel_amount_cell_cancels_the_whole_balance()
        {
            var card = DoneCards(1)[0];
            var rows = CsvRows.Parse($"paymentKey,cancelReason,cancelAmount\n{card.PaymentKey},전체 취소,");

            var result = Session.Run("$input | Stop-TossPayment -Force", rows);

            result.AssertNoErrors();
            Assert.Equal(SandboxStatus.CANCELED, card.Status);
            Assert.Equal(0m, card.BalanceAmount);
        }

        [Fact]
        public void Sandbox_orders_csv_with_its_currency_column_binds_and_sends_no_currency()
        {
            var card = DoneCards(1)[0];
            var rows = CsvRows.Parse($"paymentKey,orderId,amount,currency,cancelReason,cancelAmount\n{card.PaymentKey},{card.OrderId},{card.TotalAmount},KRW,부분,1000");

            var result = Session.Run("$input | Stop-TossPayment -Force", rows);

            result.AssertNoErrors();
            Assert.Equal(card.TotalAmount - 1000, card.BalanceAmount);
        }

        [Fact]
        public void Payments_piped_from_Get_TossPayment_bind_to_Stop_TossPayment()
        {
            var cards = DoneCards(3);

            var result = Session.Run("$input | Get-TossPayment | Stop-TossPayment -CancelReason '일괄 취소' -Force", cards.Select(c => (object)c.PaymentKey));

            result.AssertNoErrors();
            Assert.Equal(3, result.Output.Count);
            Assert.All(cards, c => Assert.Equal(SandboxStatus.CANCELED, c.Status));
            Assert.All(result.Output, p => Assert.Equal("CANCELED", p.Properties["Status"].Value.ToString()));
        }

        [Fact]
        public void Piped_payment_with_a_tax_free_part_can_be_canceled_in_part()
        {
            var withTaxFree = Sandbox.Store.All.First(p => p.Status == SandboxStatus.DONE && p.Method == "CARD" && p.AllowsPartialCancel && p.TaxFreeAmount > 1000);

            var result = Session.Run("Get-TossPayment $key | Stop-TossPayment -CancelReason 'part' -CancelAmount 500 -Force",
                variables: new System.Collections.Generic.Dictionary<string, object?> { ["key"] = withTaxFree.PaymentKey });

            result.AssertNoErrors();
            Assert.Equal(0m, withTaxFree.Cancels.Single().TaxFreeAmount);
        }

        [Fact]
        public void Rows_with_only_an_order_id_are_looked_up_by_order()
        {
            var cards = DoneCards(2);
            var rows = CsvRows.Parse("orderId\n" + string.Join("\n", cards.Select(c => c.OrderId)));

            var result = Session.Run("$input | Get-TossPayment", rows);

            result.AssertNoErrors();
            Assert.Equal(cards.Select(c => c.PaymentKey), result.Output.Select(p => (string)p.Properties["PaymentKey"].Value));
        }

        [Fact]
        public void Order_id_parameter_takes_several_order_ids()
        {
            var cards = DoneCards(2);

            var result = Session.Run($"Get-TossPayment -OrderId {cards[0].OrderId},{cards[1].OrderId}");

            result.AssertNoErrors();
            Assert.Equal(cards.Select(c => c.PaymentKey), result.Output.Select(p => (string)p.Properties["PaymentKey"].Value));
        }

        [Fact]
        public void Payment_keys_bind_by_position_and_from_strings_on_the_pipeline()
        {
            var cards = DoneCards(2);

            var byPosition = Session.Run($"Get-TossPayment {cards[0].PaymentKey}");
            var byPipeline = Session.Run("$input | Get-TossPayment", cards.Select(c => (object)c.PaymentKey));

            Assert.Equal(cards[0].PaymentKey, byPosition.Get(0, "PaymentKey"));
            Assert.Equal(2, byPipeline.Output.Count);
        }

        [Fact]
        public void Csv_rows_confirm_ready_payments_with_their_amount_as_text()
        {
            var authenticated = Sandbox.Store.All.Where(p => p.Status == SandboxStatus.IN_PROGRESS).Take(2).ToArray();
            var rows = CsvRows.Parse("paymentKey,orderId,amount\n" + string.Join("\n", authenticated.Select(p => $"{p.PaymentKey},{p.OrderId},{p.TotalAmount}")));

            var result = Session.Run("$input | Confirm-TossPayment", rows);

            result.AssertNoErrors();
            Assert.Equal(2, Sandbox.Store.Ledger.Entries.Count(e => e.Kind == ChangeKind.Confirm));
        }

        [Fact]
        public void Refund_account_binds_from_a_hashtable()
        {
            var deposited = Sandbox.Store.All.First(p => p.Status == SandboxStatus.DONE && p.Method == "VIRTUAL_ACCOUNT");

            var result = Session.Run($"Stop-TossPayment {deposited.PaymentKey} -CancelReason 환불 -RefundReceiveAccount @{{ bank = '88'; accountNumber = '12345678901'; holderName = '김토스' }} -Force");

            result.AssertNoErrors();
            Assert.Equal(("88", "12345678901", "김토스"), deposited.VirtualAccount!.RefundAccount);
        }

        [Fact]
        public void Refund_account_binds_from_flat_csv_columns()
        {
            var deposited = Sandbox.Store.All.First(p => p.Status == SandboxStatus.DONE && p.Method == "VIRTUAL_ACCOUNT");
            var rows = CsvRows.Parse($"paymentKey,cancelReason,bank,accountNumber,holderName\n{deposited.PaymentKey},환불,20,98765432101,이토스");

            var result = Session.Run("$input | Stop-TossPayment -Force", rows);

            result.AssertNoErrors();
            Assert.Equal(("20", "98765432101", "이토스"), deposited.VirtualAccount!.RefundAccount);
        }

        [Fact]
        public void Payment_helper_methods_are_callable_from_script()
        {
            var card = DoneCards(1)[0];

            var result = Session.Run($"$p = Get-TossPayment {card.PaymentKey}; $p.CanBeCanceled(); $p.GetCancelableAmount(); $p.IsPaid(); $p.Status -eq 'DONE'");

            result.AssertNoErrors();
            Assert.Equal(new object[] { true, card.TotalAmount, true, true }, result.Output.Select(o => o.BaseObject));
        }
    }
}
