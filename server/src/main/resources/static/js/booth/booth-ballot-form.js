// The booth's ballot form: one fieldset per question of the election (a subject's full name
// and position), large choices, and the plaintext in belenios-tool's shape (blank flag first
// where the question allows blank votes). No cryptography here.

/** The three confidence levels as the server words the answers; translated on English pages. */
const LEVELS_VI = ['Tín nhiệm cao', 'Tín nhiệm', 'Tín nhiệm thấp'];
export const BLANK = 'blank';

/** Fills `container` with the questions' fieldsets; t gives the page's texts. */
export function renderQuestions(container, template, questions, t, translate) {
  container.replaceChildren();
  questions.forEach((q, i) => {
    const fieldset = template.content.firstElementChild.cloneNode(true);
    fieldset.dataset.question = String(i);
    fieldset.querySelector('.q-number').textContent = `${i + 1}.`;
    fieldset.querySelector('.q-text').textContent = q.question;
    const choices = fieldset.querySelector('.choices');
    const multiple = q.max > 1;
    q.answers.forEach((answer, j) => {
      choices.append(choice(`q${i}`, String(j), multiple, answer, translate ? translation(answer, t) : null));
    });
    if (q.blank) choices.append(choice(`q${i}`, BLANK, multiple, t('blank'), null, 'blank'));
    if (multiple) {
      const hint = document.createElement('p');
      hint.className = 'hint';
      hint.textContent = t('count', q.min, q.max);
      fieldset.append(hint);
    }
    container.append(fieldset);
  });
}

function choice(name, value, multiple, text, translated, extraClass) {
  const label = document.createElement('label');
  label.className = extraClass ? `choice ${extraClass}` : 'choice';
  const input = document.createElement('input');
  input.type = multiple ? 'checkbox' : 'radio';
  input.name = name;
  input.value = value;
  const span = document.createElement('span');
  span.className = 'choice-text';
  span.lang = 'vi';
  span.textContent = text;
  label.append(input, span);
  if (translated !== null) {
    const small = document.createElement('span');
    small.className = 'choice-translation';
    small.textContent = translated;
    label.append(small);
  }
  if (extraClass === 'blank') span.removeAttribute('lang');
  return label;
}

function translation(answer, t) {
  const level = LEVELS_VI.indexOf(answer.trim());
  return level < 0 ? null : t(`level${level}`);
}

/**
 * The plaintext of the form, or { missing: [fieldset indexes] } when some question lacks a
 * valid choice.
 */
export function readPlaintext(container, questions) {
  const plaintext = [];
  const missing = [];
  questions.forEach((q, i) => {
    const fieldset = container.querySelector(`fieldset[data-question="${i}"]`);
    const checked = [...fieldset.querySelectorAll('input:checked')].map((x) => x.value);
    const row = plaintextRow(q, checked);
    fieldset.classList.toggle('missing', row === null);
    fieldset.setAttribute('aria-invalid', String(row === null));
    if (row === null) missing.push(i);
    plaintext.push(row);
  });
  return missing.length > 0 ? { missing } : { plaintext };
}

/** One question's 0/1 row for the checked values, or null when that is not a valid answer. */
export function plaintextRow(q, checked) {
  const offset = q.blank ? 1 : 0;
  const row = new Array(q.answers.length + offset).fill(0);
  if (checked.includes(BLANK) || (q.blank && checked.length === 0 && q.max > 1)) {
    if (!q.blank || checked.length > 1) return null;
    row[0] = 1;
    return row;
  }
  if (checked.length < q.min || checked.length > q.max) return null;
  for (const value of checked) row[offset + Number(value)] = 1;
  return row;
}

/** What the voter chose on a question, as words: the answers, or the blank text. */
export function describeRow(q, row, t, translate) {
  if (q.blank && row[0] === 1) return t('blank');
  const offset = q.blank ? 1 : 0;
  const chosen = q.answers.filter((answer, j) => row[offset + j] === 1).map((answer) => {
    const translated = translate ? translation(answer, t) : null;
    return translated === null ? answer : `${answer} (${translated})`;
  });
  return chosen.length === 0 ? '—' : chosen.join(', ');
}
