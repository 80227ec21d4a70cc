/** Engine modules outside dockerfile/ that the checks use, imported in one place. */
export { goQuote } from '../../format/go-quote';
export { parseReference } from '../../images/reference';
