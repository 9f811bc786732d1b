using System.Linq;
using System.Threading.Tasks;
using TossPayments.Models;
using TossPayments.Payments;
using TossPayments.Tests.Infrastructure;
using TossPayments.Sandbox.Domain;

namespace TossPayments.Tests
{
    public sealed class CancelTests : SandboxTest
    {
        [Fact]
        public async Task Full_cancel_cancels_the_whole_balance()
        {
            var seeded = SeededCard(SandboxStatus.DONE);

            var payment = await Client.Payments.CancelAsync(seeded.PaymentKey, new CancelPaymentRequest("고객 변심"));

            Assert.Equal(PaymentStatus.CANCELED, payment.Status);
            Assert.Equal(0m, payment.BalanceAmount);
            Assert.Equal((0m, 0m), (payment.SuppliedAmount, payment.Vat));
            var cancel = Assert.Single(payment.Cancels!);
            Assert.Equal((seeded.TotalAmount, "고객 변심", 0m), (cancel.CancelAmount, cancel.CancelReason, cancel.RefundableAmount));
            Assert.Equal(cancel.TransactionKey, payment.LastTransactionKey);
            Assert.True(payment.IsFullyCanceled());
        }

        [Fact]
        public async Task Partial_cancel_lowers_the_balance_supplied_amount_and_VAT()
        {
            var seeded = SeededCard(SandboxStatus.DONE);

            var payment = await Client.Payments.CancelAsync(seeded.PaymentKey, new CancelPaymentRequest("부분 환불") { CancelAmount = 1100 });

            Assert.Equal(PaymentStatus.PARTIAL_CANCELED, payment.Status);
            Assert.Equal(seeded.TotalAmount - 1100, payment.BalanceAmount);
            Assert.Equal(payment.BalanceAmount, payment.SuppliedAmount + payment.Vat);
            Assert.Equal(decimal.Round(payment.BalanceAmount / 1.1m, 0, System.MidpointRounding.AwayFromZero), payment.SuppliedAmount);
            Assert.Equal(payment.BalanceAmount, Assert.Single(payment.Cancels!).RefundableAmount);
        }

        [Fact]
        public async Task Canceling_the_rest_after_a_partial_cancel_leaves_a_zero_balance_with_partial_status()
        {
            var seeded = SeededCard(SandboxStatus.DONE);
            await Client.Payments.CancelAsync(seeded.PaymentKey, new CancelPaymentRequest("part") { CancelAmount = 1000 });

            var payment = await Client.Payments.CancelAsync(seeded.PaymentKey, new CancelPaymentRequest("rest"));

            Assert.Equal(PaymentStatus.PARTIAL_CANCELED, payment.Status);
            Assert.Equal(0m, payment.BalanceAmount);
            Assert.Equal(2, payment.Cancels!.Count);
            Assert.True(payment.IsFullyCanceled());
        }

        [Fact]
        public async Task Canceling_again_after_a_full_cancel_answers_already_canceled()
        {
            var seeded = SeededCard(SandboxStatus.DONE);
            await Client.Payments.CancelAsync(seeded.PaymentKey, new CancelPaymentRequest("first"));

            var error = await Assert.ThrowsAsync<TossPaymentsApiException>(() =>
                Client.Payments.CancelAsync(seeded.PaymentKey, new CancelPaymentRequest("again")));

            Assert.Equal(("ALREADY_CANCELED_PAYMENT", 400, TossErrorClass.Verify), (error.Code, error.StatusCode, error.ErrorClass));
        }

        [Fact]
        public async Task Canceling_again_after_partial_cancels_to_zero_answers_not_cancelable_amount()
        {
            var seeded = SeededCard(SandboxStatus.DONE);
            await Client.Payments.CancelAsync(seeded.PaymentKey, new CancelPaymentRequest("part") { CancelAmount = 1000 });
            await Client.Payments.CancelAsync(seeded.PaymentKey, new CancelPaymentRequest("rest"));

            var error = await Assert.ThrowsAsync<TossPaymentsApiException>(() =>
                Client.Payments.CancelAsync(seeded.PaymentKey, new CancelPaymentRequest("again")));

            Assert.Equal(("NOT_CANCELABLE_AMOUNT", 403), (error.Code, error.StatusCode));
        }

        [Fact]
        public async Task Cancel_over_the_balance_answers_not_cancelable_amount_and_changes_nothing()
        {
            var seeded = SeededCard(SandboxStatus.DONE);

            var error = await Assert.ThrowsAsync<TossPaymentsApiException>(() =>
                Client.Payments.CancelAsync(seeded.PaymentKey, new CancelPaymentRequest("too much") { CancelAmount = seeded.TotalAmount + 100 }));

            Assert.Equal("NOT_CANCELABLE_AMOUNT", error.Code);
            Assert.Equal(seeded.TotalAmount, seeded.BalanceAmount);
            Assert.Empty(Sandbox.Store.Ledger.Entries);
        }

        [Fact]
        public async Task Partial_cancel_of_a_payment_that_allows_only_full_cancels_is_refused()
        {
            var seeded = SeededCard(SandboxStatus.DONE, partialCancelable: false);

            var error = await Assert.ThrowsAsync<TossPaymentsApiException>(() =>
                Client.Payments.CancelAsync(seeded.PaymentKey, new CancelPaymentRequest("part") { CancelAmount = 1000 }));

            Assert.Equal(("NOT_ALLOWED_PARTIAL_REFUND", 403), (error.Code, error.StatusCode));
        }

        [Fact]
        public async Task Full_cancel_of_a_payment_that_allows_only_full_cancels_succeeds()
        {
            var seeded = SeededCard(SandboxStatus.DONE, partialCancelable: false);

            var payment = await Client.Payments.CancelAsync(seeded.PaymentKey, new CancelPaymentRequest("all"));

            Assert.Equal(PaymentStatus.CANCELED, payment.Status);
        }

        [Theory]
        [InlineData("READY")]
        [InlineData("IN_PROGRESS")]
        [InlineData("ABORTED")]
        [InlineData("EXPIRED")]
        public async Task Unapproved_payments_answer_not_cancelable_payment(string status)
        {
            var seeded = Seeded(p => p.Status.ToString() == status);

            var error = await Assert.ThrowsAsync<TossPaymentsApiException>(() =>
                Client.Payments.CancelAsync(seeded.PaymentKey, new CancelPaymentRequest("no")));

            Assert.Equal(("NOT_CANCELABLE_PAYMENT", 403), (error.Code, error.StatusCode));
        }

        [Fact]
        public async Task Virtual_account_waiting_for_deposit_can_be_canceled_in_full_without_a_refund_account()
        {
            var seeded = Seeded(p => p.Status == SandboxStatus.WAITING_FOR_DEPOSIT);

            var payment = await Client.Payments.CancelAsync(seeded.PaymentKey, new CancelPaymentRequest("no deposit"));

            Assert.Equal(PaymentStatus.CANCELED, payment.Status);
        }

        [Fact]
        public async Task Virtual_account_waiting_for_deposit_cannot_be_canceled_in_part()
        {
            var seeded = Seeded(p => p.Status == SandboxStatus.WAITING_FOR_DEPOSIT);

            var error = await Assert.ThrowsAsync<TossPaymentsApiException>(() =>
                Client.Payments.CancelAsync(seeded.PaymentKey, new CancelPaymentRequest("part") { CancelAmount = 100 }));

            Assert.Equal("NOT_ALLOWED_PARTIAL_REFUND_WAITING_DEPOSIT", error.Code);
        }

        [Fact]
        public async Task Deposited_virtual_account_refund_without_an_account_is_refused()
        {
            var seeded = Seeded(p => p.Status == SandboxStatus.DONE && p.Method == "VIRTUAL_ACCOUNT");

            var error = await Assert.ThrowsAsync<TossPaymentsApiException>(() =>
                Client.Payments.CancelAsync(seeded.PaymentKey, new CancelPaymentRequest("refund")));

            Assert.Equal("INVALID_REFUND_ACCOUNT_INFO", error.Code);
        }

        [Fact]
        public async Task Deposited_virtual_account_refund_records_the_refund_account_and_is_pending_until_paid_out()
        {
            var seeded = Seeded(p => p.Status == SandboxStatus.DONE && p.Method == "VIRTUAL_ACCOUNT");
            var request = new CancelPaymentRequest("refund") { RefundReceiveAccount = new RefundReceiveAccount("88", "12345678901", "김토스") };

            var payment = await Client.Payments.CancelAsync(seeded.PaymentKey, request);

            Assert.Equal(PaymentStatus.CANCELED, payment.Status);
            var account = payment.VirtualAccount!.RefundReceiveAccount!;
            Assert.Equal(("88", "12345678901", "김토스"), (account.BankCode, account.AccountNumber, account.HolderName));
            Assert.Equal(RefundStatus.PENDING, payment.VirtualAccount.RefundStatus);
        }

        [Theory]
        [InlineData("06")]
        [InlineData("54")]
        [InlineData("S2")]
        [InlineData("ST")]
        [InlineData("SB")]
        public async Task Refund_to_a_documented_bank_or_securities_code_is_taken(string bank)
        {
            var seeded = Seeded(p => p.Status == SandboxStatus.DONE && p.Method == "VIRTUAL_ACCOUNT");
            var request = new CancelPaymentRequest("refund") { RefundReceiveAccount = new RefundReceiveAccount(bank, "12345678901", "김토스") };

            var payment = await Client.Payments.CancelAsync(seeded.PaymentKey, request);

            Assert.Equal(bank, payment.VirtualAccount!.RefundReceiveAccount!.BankCode);
        }

        [Theory]
        [InlineData("ZZ")]
        [InlineData("04")]
        [InlineData("6")]
        public async Task Refund_to_an_undocumented_bank_code_is_refused(string bank)
        {
            var seeded = Seeded(p => p.Status == SandboxStatus.DONE && p.Method == "VIRTUAL_ACCOUNT");
            var request = new CancelPaymentRequest("refund") { RefundReceiveAccount = new RefundReceiveAccount(bank, "12345678901", "김토스") };

            var error = await Assert.ThrowsAsync<TossPaymentsApiException>(() => Client.Payments.CancelAsync(seeded.PaymentKey, request));

            Assert.Equal("INVALID_BANK", error.Code);
        }

        [Fact]
        public async Task Refund_to_an_unknown_bank_is_refused()
        {
            var seeded = Seeded(p => p.Status == SandboxStatus.DONE && p.Method == "VIRTUAL_ACCOUNT");
            var request = new CancelPaymentRequest("refund") { RefundReceiveAccount = new RefundReceiveAccount("ZZ", "12345678901", "김토스") };

            var error = await Assert.ThrowsAsync<TossPaymentsApiException>(() => Client.Payments.CancelAsync(seeded.PaymentKey, request));

            Assert.Equal("INVALID_BANK", error.Code);
        }

        [Fact]
        public async Task Tax_free_part_of_a_cancel_lowers_the_payments_tax_free_amount()
        {
            var seeded = Seeded(p => p.Status == SandboxStatus.DONE && p.Method == "CARD" && p.TaxFreeAmount > 0 && p.AllowsPartialCancel);
            var taxFree = seeded.TaxFreeAmount;

            var payment = await Client.Payments.CancelAsync(seeded.PaymentKey, new CancelPaymentRequest("part") { CancelAmount = 1000, TaxFreeAmount = 100 });

            Assert.Equal(taxFree - 100, payment.TaxFreeAmount);
            Assert.Equal(100m, payment.Cancels!.Single().TaxFreeAmount);
            Assert.Equal(payment.BalanceAmount, payment.SuppliedAmount + payment.Vat + payment.TaxFreeAmount);
        }

        [Theory]
        [InlineData("USD")]
        [InlineData("JPY")]
        public async Task A_currency_other_than_the_payments_own_is_refused_by_the_API(string currency)
        {
            var seeded = SeededCard(SandboxStatus.DONE);

            var error = await Assert.ThrowsAsync<TossPaymentsApiException>(() =>
                Client.Payments.CancelAsync(seeded.PaymentKey, new CancelPaymentRequest("part") { CancelAmount = 1000, Currency = currency }));

            Assert.Equal("INVALID_REQUEST", error.Code);
            Assert.Empty(Sandbox.Store.Ledger.Entries);
        }

        [Fact]
        public async Task The_payments_own_currency_named_on_a_cancel_is_taken()
        {
            var seeded = SeededCard(SandboxStatus.DONE);

            var payment = await Client.Payments.CancelAsync(seeded.PaymentKey, new CancelPaymentRequest("part") { CancelAmount = 1000, Currency = "KRW" });

            Assert.Equal(seeded.TotalAmount - 1000, payment.BalanceAmount);
        }

        [Fact]
        public async Task A_card_payment_with_a_tax_exempt_part_cannot_be_canceled_in_part_but_can_in_whole()
        {
            var seeded = Seeded(p => p.Status == SandboxStatus.DONE && p.Method == "CARD" && p.IsPartialCancelable && p.TaxExemptionAmount > 0);

            var partial = await Assert.ThrowsAsync<TossPaymentsApiException>(() =>
                Client.Payments.CancelAsync(seeded.PaymentKey, new CancelPaymentRequest("part") { CancelAmount = 1000 }));
            await Task.Delay(1100); // one cancel request per second per payment
            var whole = await Client.Payments.CancelAsync(seeded.PaymentKey, new CancelPaymentRequest("whole"));

            Assert.Equal(("NOT_ALLOWED_PARTIAL_REFUND", 403), (partial.Code, partial.StatusCode));
            Assert.Equal(500m, (await Client.Payments.GetAsync(seeded.PaymentKey)).TaxExemptionAmount);
            Assert.Equal(PaymentStatus.CANCELED, whole.Status);
        }

        [Fact]
        public async Task Cancel_of_an_unknown_payment_answers_not_found()
        {
            var error = await Assert.ThrowsAsync<TossPaymentsNotFoundException>(() =>
                Client.Payments.CancelAsync("no-such-payment", new CancelPaymentRequest("x")));

            Assert.Equal("NOT_FOUND_PAYMENT", error.Code);
        }
    }
}
