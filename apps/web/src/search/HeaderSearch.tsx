import { useState } from 'react';
import { Box, TextInput } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';

/** The header's search box: Enter opens the search page with the words typed. */
export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  return (
    <Box
      component="form"
      role="search"
      aria-label={t('search.box')}
      mt="xs"
      maw={{ base: '100%', sm: 360 }}
      onSubmit={(e) => {
        e.preventDefault();
        const words = query.trim();
        if (words) navigate(`/search?q=${encodeURIComponent(words)}`);
      }}
    >
      <TextInput
        type="search"
        size="xs"
        aria-label={t('search.box')}
        placeholder={t('search.placeholder')}
        maxLength={200}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
    </Box>
  );
}
