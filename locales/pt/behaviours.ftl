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
