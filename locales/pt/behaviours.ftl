## Comportamentos, como rótulos de botão. Usados na avaliação "dá para superar?" e na
## avaliação de onde um comportamento se encaixa. Redação neutra, para servir tanto a quem
## faz quanto a quem percebe.

behaviour-texting = Mensagens frequentes com alguém, íntimas demais
behaviour-ex-online = Acompanhar ex de perto nas redes e interagir com os posts
behaviour-secret-ex = Contato escondido com ex
behaviour-dating-app = Perfil em app de namoro mantido durante a relação
behaviour-flirting = Flerte que vai além da simpatia
behaviour-hidden-accounts = Conta privada, conversa escondida ou mensagens apagadas
behaviour-coworker = Proximidade com alguém do trabalho que parece ir além
behaviour-intimate-sharing = Confidências íntimas com outra pessoa, e não com o par
behaviour-sexting = Mensagens sexuais ou de flerte explícito com outra pessoa
behaviour-secret-plans = Marcar encontros com alguém e esconder isso
behaviour-other = Outra coisa
## Nomes curtos, para nomear vários comportamentos numa linha (depois de "Você perguntou sobre:").
## Em minúscula e sem ponto e vírgula: são unidos com "; ".
behaviour-short-texting = mensagens íntimas demais
behaviour-short-ex-online = acompanhar ex nas redes
behaviour-short-secret-ex = contato escondido com ex
behaviour-short-dating-app = perfil em app de namoro
behaviour-short-flirting = flerte além da simpatia
behaviour-short-hidden-accounts = conversas ou contas escondidas
behaviour-short-coworker = proximidade no trabalho
behaviour-short-intimate-sharing = confidências com outra pessoa
behaviour-short-sexting = mensagens sexuais
behaviour-short-secret-plans = encontros marcados às escondidas
behaviour-short-complaining = desabafar com alguém que atrai
behaviour-short-basically-single = dizer que mal tem relação
behaviour-short-uncomfortable-chats = conversas difíceis de mostrar
