// The restore form: a file larger than the server accepts is stopped here, before it is sent.
// A browser that sends it anyway gets its connection cut, not the server's explanation.

const form = document.getElementById('restore-form');
const input = document.getElementById('backup-file');
const alert = document.getElementById('restore-too-large');
const maxBytes = Number(input.dataset.maxBytes);

/** Whole megabytes, rounded up, as the server's own message counts them. */
function megabytes(bytes) {
  return Math.ceil(bytes / 1048576);
}

/** Shows or hides the message; true when the chosen file may be sent. */
function check() {
  const file = input.files[0];
  const tooLarge = file !== undefined && file.size > maxBytes;
  alert.hidden = !tooLarge;
  if (tooLarge) {
    alert.textContent = alert.dataset.text
      .replace('{0}', String(megabytes(file.size)))
      .replace('{1}', String(megabytes(maxBytes)));
  }
  return !tooLarge;
}

input.addEventListener('change', check);
form.addEventListener('submit', (event) => {
  if (!check()) {
    event.preventDefault();
  }
});
