// Moved to ui/ (shared widgets); this re-export keeps work in progress elsewhere compiling until it imports from there.
export { PageError, PageLoading } from '../ui/PageState';
export { ErrorAlert } from '../ui/ErrorAlert';
